package io.tenure.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long a batch takes to show in the daily rollups: posts a batch for a new account and polls
 * account_daily_events until its counts show, under the load (every ~1.5 s) or idle.
 */
final class RollupVisibilityProbe {

	private final IngestApi api;
	private final BenchDatabase db;
	private final int batchSize;

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

	RollupVisibilityProbe(IngestApi api, BenchDatabase db, int batchSize) {
		this.api = api;
		this.db = db;
		this.batchSize = batchSize;
	}

	/** Probes while running holds, starting after 2 s; a refused probe is noted in failures and skipped. */
	void loop(HttpClient http, AtomicBoolean running, List<double[]> probes, ConcurrentLinkedQueue<String> failures) {
		try {
			Thread.sleep(2_000);
			while (running.get()) {
				int i = NEXT.getAndIncrement(); // a new account in every round too
				double[] probe = once(http, "probe-load-" + i);
				if (probe == null) {
					failures.add("probe-load-" + i + " refused; sample skipped");
				}
				else {
					probes.add(probe);
				}
				for (int wait = 0; wait < 15 && running.get(); wait++) {
					Thread.sleep(100);
				}
			}
		}
		catch (Exception e) {
			failures.add("probe loop: " + e);
		}
		finally {
			Cpu.finished();
		}
	}

	/** Probes one after another with nothing else running; refused ones are left out. */
	List<double[]> idle(HttpClient http, int count) throws Exception {
		List<double[]> probes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] idle = once(http, "probe-idle-" + i);
			if (idle != null) {
				probes.add(idle);
			}
		}
		return probes;
	}

	/**
	 * Sends one batch for a new account and polls account_daily_events (every ~2 ms, on its own
	 * connection) until its counts show; returns {ms until visible, ms until the HTTP response}.
	 */
	double[] once(HttpClient http, String account) throws Exception {
		List<String> batch = new ArrayList<>();
		Random r = new Random(account.hashCode());
		for (int i = 0; i < batchSize; i++) {
			int user = r.nextInt(BenchEvents.USERS);
			batch.add("""
					{"type":"track","userId":"%s","event":"Signed In","messageId":"%s","timestamp":"%s","context":{"groupId":"%s"}}"""
				.formatted(BenchEvents.userId(user), UUID.randomUUID(), Instant.now(), account));
		}
		HttpRequest request = api.request("/v1/batch", HttpRequest.BodyPublishers.ofString(BenchEvents.batchBody(batch)));
		try (Connection connection = db.connection();
				var query = connection.prepareStatement("""
						select coalesce(sum(d.events), 0) from account_daily_events d join accounts a on a.id = d.account_id
						where a.external_id = ?""")) {
			query.setString(1, account);
			long sent = System.nanoTime();
			var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
			double visible = -1;
			while (visible < 0) {
				try (var rs = query.executeQuery()) {
					rs.next();
					if (rs.getLong(1) >= batchSize) {
						visible = (System.nanoTime() - sent) / 1e6;
					}
				}
				if (visible < 0) {
					if (response.isDone() && response.join().statusCode() != 200) {
						return null;
					}
					if (System.nanoTime() - sent > 60_000_000_000L) {
						throw new IllegalStateException("probe " + account + " not visible after 60 s");
					}
					Thread.sleep(2);
				}
			}
			var answer = response.join();
			double answered = (System.nanoTime() - sent) / 1e6;
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("probe answered " + answer.statusCode() + ": " + answer.body());
			}
			return new double[] { visible, answered };
		}
	}
}
