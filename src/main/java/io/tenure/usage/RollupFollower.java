package io.tenure.usage;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the counts of stored batches to the rollups, off the requests' path: woken when a batch with
 * activity commits, it waits a moment ({@code tenure.rollups.follow-delay-ms}, 200 ms by default) so
 * that the batches arriving meanwhile are merged, then applies everything waiting. An acknowledged
 * event is in the rollups within about a second under load. Deltas left by a stop are applied at the
 * next start; {@link #catchUp()} lets a caller (a health run, an import from the command line) start
 * from rollups that count every event committed before it.
 */
@Component
public class RollupFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RollupFollower.class);

	private static final int DELTAS_A_TRANSACTION = 200;

	/** How long the follower sleeps when nothing wakes it, in case deltas were left behind. */
	private static final long IDLE_SECONDS = 10;

	private final Rollups rollups;
	private final TransactionTemplate transaction;
	private final long delayMs;
	private final Semaphore work = new Semaphore(0);
	private volatile Thread thread;

	RollupFollower(Rollups rollups, PlatformTransactionManager transactions,
			@Value("${tenure.rollups.follow-delay-ms:200}") long delayMs) {
		this.rollups = rollups;
		this.transaction = new TransactionTemplate(transactions);
		this.delayMs = delayMs;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void counted(RollupsCounted counted) {
		work.release();
	}

	/**
	 * Applies, in this thread, every delta committed before this call (those the follower is applying
	 * meanwhile are waited for); those committed meanwhile are left to the follower, so that this ends
	 * under a steady load too.
	 */
	public void catchUp() {
		long upTo = rollups.newestDelta();
		while (applyOnce(upTo) > 0) {
			// until none of them is left
		}
	}

	private int applyOnce(long upTo) {
		Integer applied = transaction.execute(status -> rollups.applyWaiting(DELTAS_A_TRANSACTION, upTo));
		return applied == null ? 0 : applied;
	}

	private void follow() {
		while (thread == Thread.currentThread()) {
			try {
				work.tryAcquire(IDLE_SECONDS, TimeUnit.SECONDS);
				if (delayMs > 0) {
					Thread.sleep(delayMs);
				}
				work.drainPermits();
				catchUp();
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				if (thread != Thread.currentThread()) {
					return; // stopping: the JDBC call was interrupted
				}
				log.warn("Could not add the latest events to the rollups; will retry: {}", e.toString());
				work.release();
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException stopped) {
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		Thread follower = new Thread(this::follow, "tenure-rollups");
		follower.setDaemon(true);
		thread = follower;
		work.release(); // deltas a stop left behind
		follower.start();
	}

	/**
	 * Stops the thread, then applies what the last requests left (the web server has stopped before:
	 * see {@link #getPhase()}); what cannot be applied now stays for the next start.
	 */
	@Override
	public void stop() {
		Thread follower = thread;
		thread = null;
		if (follower == null) {
			return;
		}
		follower.interrupt();
		try {
			follower.join(10_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			catchUp();
		}
		catch (RuntimeException e) {
			log.info("Left the latest events' counts for the next start: {}", e.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** Started before, and stopped after, the web server (whose graceful shutdown lets requests finish). */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 4096;
	}
}
