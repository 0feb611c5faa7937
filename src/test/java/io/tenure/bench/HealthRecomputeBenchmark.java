package io.tenure.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.tenure.TenureApplication;
import io.tenure.health.HealthRun;
import io.tenure.health.HealthRuns;
import io.tenure.health.HealthScoring;
import io.tenure.usage.Rollups;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full recompute of signals and scores (every account's signals, indicators and score as of today,
 * and every person's signals, computed and written) side by side with one sequential scan of the events
 * table, on a world of 10,000 accounts, 200,000 people and 50 million events. The world is built once
 * (about half an hour on 2 cores) and kept in target/bench-health for the next runs.
 *
 * <pre>./mvnw -Pbench test-compile exec:java@health-benchmark [-Dbench.events=50000000 -Dbench.dir=target/bench-health]</pre>
 *
 * {@code -Dbench.statements=true} loads pg_stat_statements and prints each round's database time by statement;
 * {@code -Dbench.vacuum=true} vacuums the kept world before the rounds; {@code -Dbench.pastDays=N} then times the
 * scoring of N past days, as the history backfill does it.
 */
public final class HealthRecomputeBenchmark {

	public static void main(String[] args) throws Exception {
		int accounts = Integer.getInteger("bench.accounts", 10_000);
		int people = Integer.getInteger("bench.people", 200_000);
		long events = Long.getLong("bench.events", 50_000_000L);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path data = Path.of(System.getProperty("bench.dir", "target/bench-health")).toAbsolutePath();
		boolean statements = Boolean.getBoolean("bench.statements");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tenure.demo.enabled=false",
				"--tenure.admin.password=bench-password-1", "--tenure.health.catch-up-on-start=false",
				"--tenure.embedded-db.data-directory=" + data.resolve("postgres"), "--tenure.embedded-db.settings.max_wal_size=16GB",
				"--tenure.embedded-db.settings.shared_buffers=2GB", "--logging.level.root=warn", "--logging.level.io.tenure=info"));
		if (statements) {
			arguments.add("--tenure.embedded-db.settings.shared_preload_libraries=pg_stat_statements");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TenureApplication.class)
			.run(arguments.toArray(String[]::new))) {
			JdbcClient db = app.getBean(JdbcClient.class);
			HealthWorld world = new HealthWorld(db, accounts, people);
			if (world.events() < events) {
				build(app, db, world, events);
			}
			if (Boolean.getBoolean("bench.vacuum")) {
				long t0 = System.nanoTime();
				db.sql("vacuum (analyze)").update();
				System.out.printf("Vacuumed in %.0f s%n", (System.nanoTime() - t0) / 1e9);
			}
			System.out.printf("%nWorld: %,d accounts, %,d people, %,d events; %,d account and %,d person rollup rows; %s%n",
					count(db, "accounts"), count(db, "people"), count(db, "events"), count(db, "account_daily_events"),
					count(db, "person_daily_events"), db.sql("select pg_size_pretty(pg_total_relation_size('events'))")
						.query(String.class).single());
			System.out.printf("PostgreSQL: %s; %d cores%n", db.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
					Runtime.getRuntime().availableProcessors());

			HealthRuns runs = app.getBean(HealthRuns.class);
			BenchDatabase bench = new BenchDatabase(app.getBean(DataSource.class));
			if (statements) {
				bench.createStatementsExtension();
			}
			System.out.printf("%n%-6s %16s %16s %16s%n", "round", "scan events s", "recompute s", "ratio");
			for (int round = 1; round <= rounds; round++) {
				if (statements) {
					bench.resetStatements();
				}
				long t0 = System.nanoTime();
				db.sql("select count(*), max(occurred_at), sum(length(name)) from events").query((rs, n) -> rs.getLong(1)).single();
				double scan = (System.nanoTime() - t0) / 1e9;

				long t1 = System.nanoTime();
				HealthRun run = runs.start(HealthRun.Kind.TODAY);
				while (runs.find(run.id()).orElseThrow().running()) {
					Thread.sleep(20);
				}
				HealthRun done = runs.find(run.id()).orElseThrow();
				if (done.error() != null) {
					throw new IllegalStateException(done.error());
				}
				double recompute = (System.nanoTime() - t1) / 1e9;
				System.out.printf("%-6d %16.1f %16.1f %16.1f   (%,d accounts scored, %,d people's signals stored)%n", round, scan,
						recompute, recompute / scan, done.accountsDone(), count(db, "person_health"));
				if (statements) {
					System.out.printf("%nDatabase time of the round by statement (pg_stat_statements, top 12):%n%10s %10s %9s %10s  %s%n",
							"total s", "calls", "ms/call", "rows", "statement");
					bench.topStatements().forEach(r -> System.out.printf("%10s %10s %9s %10s  %s%n", r[0], r[1], r[2], r[3], r[4]));
				}
			}
			int pastDays = Integer.getInteger("bench.pastDays", 0);
			if (pastDays > 0) {
				HealthScoring scoring = app.getBean(HealthScoring.class);
				long t0 = System.nanoTime();
				for (int back = 1; back <= pastDays; back++) {
					scoring.scoreAll(scoring.today().minusDays(back * 7L), done -> {
					});
				}
				System.out.printf("%nPast days (a week apart, accounts only, as the history backfill scores them): %.1f s a day%n",
						(System.nanoTime() - t0) / 1e9 / pastDays);
			}
		}
	}

	private static void build(ConfigurableApplicationContext app, JdbcClient db, HealthWorld world, long events) {
		long t0 = System.nanoTime();
		if (count(db, "accounts") == 0) {
			world.accountsAndPeople();
		}
		world.events(events, 2_500_000, thousands -> System.out.printf("  %,d k events after %.0f s%n", thousands,
				(System.nanoTime() - t0) / 1e9));
		long t1 = System.nanoTime();
		new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class)).executeWithoutResult(tx -> {
			db.sql("set local work_mem = '1GB'").update();
			app.getBean(Rollups.class).rebuildAll();
		});
		// as a bulk load should end: hint bits and the visibility map set now, not by the first rounds' reads
		db.sql("vacuum (analyze)").update();
		System.out.printf("Built the world in %.0f s (rollups %.0f s)%n", (System.nanoTime() - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
	}

	private static long count(JdbcClient db, String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}
}
