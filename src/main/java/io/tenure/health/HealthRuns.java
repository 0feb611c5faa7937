package io.tenure.health;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.tenure.platform.ConflictException;
import io.tenure.usage.RollupFollower;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Recomputes in the background, one run at a time: today's scores for every account, or the history.
 * History fills each day of the last year (from the first activity, if later) that has no scores yet,
 * and yesterday again, whose scores may have been computed before it ended; a rebuild recomputes every
 * one of those days.
 */
@Service
public class HealthRuns {

	private static final Logger log = LoggerFactory.getLogger(HealthRuns.class);
	static final int HISTORY_DAYS = 365;

	private final HealthScoring scoring;
	private final JdbcClient db;
	private final Clock clock;
	private final RollupFollower rollups;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "tenure-health-run");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicReference<HealthRun> current = new AtomicReference<>();
	private final AtomicLong ids = new AtomicLong();

	HealthRuns(HealthScoring scoring, JdbcClient db, Clock clock, RollupFollower rollups) {
		this.rollups = rollups;
		this.scoring = scoring;
		this.db = db;
		this.clock = clock;
	}

	/** The run going on, or the last one. */
	public Optional<HealthRun> latest() {
		return Optional.ofNullable(current.get());
	}

	public Optional<HealthRun> find(long id) {
		return latest().filter(run -> run.id() == id);
	}

	/** Starts a run unless one is going on (409). */
	public synchronized HealthRun start(HealthRun.Kind kind) {
		HealthRun running = current.get();
		if (running != null && running.running()) {
			throw new ConflictException(null, "a recompute is running already (" + running.kind() + ", " + running.percent() + "% done)");
		}
		rollups.catchUp(); // every event committed before the run is counted
		List<LocalDate> days = days(kind);
		LocalDate from = days.stream().min(LocalDate::compareTo).orElse(scoring.today());
		LocalDate to = days.stream().max(LocalDate::compareTo).orElse(scoring.today());
		HealthRun run = new HealthRun(ids.incrementAndGet(), kind, from, to, days.size(), 0, 0, Instant.now(clock), null, null);
		current.set(run);
		worker.submit(() -> execute(run, days));
		return run;
	}

	/** Starts a run if none is going on; quietly does nothing otherwise. */
	public synchronized Optional<HealthRun> startIfIdle(HealthRun.Kind kind) {
		HealthRun running = current.get();
		return running != null && running.running() ? Optional.empty() : Optional.of(start(kind));
	}

	private void execute(HealthRun run, List<LocalDate> days) {
		long started = System.nanoTime();
		int accounts = 0;
		try {
			for (int i = 0; i < days.size(); i++) {
				final int daysDone = i;
				final int before = accounts;
				accounts += scoring.scoreAll(days.get(i), done -> update(run, daysDone, before + done, null, null));
				update(run, i + 1, accounts, null, null);
			}
			update(run, days.size(), accounts, Instant.now(clock), null);
			log.info("Health recompute ({}) scored {} days, {} account-days, in {} s", run.kind(), days.size(), accounts,
					String.format("%.1f", (System.nanoTime() - started) / 1e9));
		}
		catch (RuntimeException e) {
			log.error("Health recompute ({}) failed", run.kind(), e);
			HealthRun now = current.get();
			update(run, now.daysDone(), now.accountsDone(), Instant.now(clock), e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	private void update(HealthRun run, int daysDone, int accountsDone, Instant finishedAt, String error) {
		current.set(new HealthRun(run.id(), run.kind(), run.from(), run.to(), run.daysTotal(), daysDone, accountsDone,
				run.startedAt(), finishedAt, error));
	}

	/** The days a run of this kind scores: today first (what people look at), then the others oldest first. */
	List<LocalDate> days(HealthRun.Kind kind) {
		LocalDate today = scoring.today();
		if (kind == HealthRun.Kind.TODAY) {
			return List.of(today);
		}
		LocalDate first = db.sql("select min(day) from account_daily_events").query(LocalDate.class).optional().orElse(null);
		if (first == null) {
			return List.of(today);
		}
		LocalDate from = first.isAfter(today.minusDays(HISTORY_DAYS)) ? first : today.minusDays(HISTORY_DAYS);
		List<LocalDate> scored = kind == HealthRun.Kind.REBUILD ? List.of()
				: db.sql("select distinct day from account_scores where day >= ? and day < ?").params(from, today)
					.query(LocalDate.class).list();
		java.util.Set<LocalDate> done = new java.util.HashSet<>(scored);
		List<LocalDate> days = new java.util.ArrayList<>();
		days.add(today);
		LocalDate yesterday = today.minusDays(1);
		for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
			if (!done.contains(day) || day.equals(yesterday)) { // yesterday's row may predate the end of that day
				days.add(day);
			}
		}
		return days;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
