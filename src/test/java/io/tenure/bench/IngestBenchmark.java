package io.tenure.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.tenure.TenureApplication;
import io.tenure.ingest.WriteKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained Segment ingestion: starts Tenure on a fresh embedded PostgreSQL (durable settings, as in
 * production), posts pre-generated track and page events to {@code POST /v1/batch} from several
 * concurrent clients, and in the same run COPYs as many equivalent events (fresh message ids) into
 * the same table, for the ratio. While the batch load runs, one thread times single
 * {@code POST /v1/track} calls and another times how long a batch takes to show in the daily
 * rollups. Client and server share the machine's cores.
 * <p>
 * Run: {@code ./mvnw -Pbench verify -DskipTests}. Options (system properties): bench.events (300000),
 * bench.clients (4), bench.batch (500), bench.seconds (120: the HTTP phase stops after this long even
 * if events are left), bench.statements (false: load pg_stat_statements and print where the
 * database's time went), bench.warmup (10000 events), bench.health (true: the health module
 * rescores accounts with new activity during the load, as in production; false turns that off).
 */
public final class IngestBenchmark {

	public static void main(String[] args) throws Exception {
		IngestOptions options = IngestOptions.fromSystemProperties();
		Path data = Files.createTempDirectory("tenure-ingest-bench");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tenure.demo.enabled=false",
				"--tenure.admin.password=bench-password-1", "--tenure.embedded-db.data-directory=" + data.resolve("postgres"),
				"--logging.level.root=warn", "--logging.level.io.tenure=info"));
		if (options.statements()) {
			arguments.add("--tenure.embedded-db.settings.shared_preload_libraries=pg_stat_statements");
		}
		if (!options.health()) {
			arguments.addAll(List.of("--tenure.health.follow-delay-ms=3600000", "--tenure.health.people-follow-delay-ms=3600000",
					"--tenure.health.catch-up-on-start=false"));
		}
		Cpu.postgresData = data.resolve("postgres").toString();
		long bootStarted = System.nanoTime();
		// as arguments, not default properties: application.yml's ${TENURE_PORT:8080} would win over those
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TenureApplication.class)
			.run(arguments.toArray(String[]::new))) {
			new IngestBenchmark(app, options).run((System.nanoTime() - bootStarted) / 1e9);
		}
		finally {
			try (var paths = Files.walk(data)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private final IngestApi api;
	private final BenchDatabase db;
	private final long writeKeyId;
	private final IngestOptions options;
	private final int batchSize;
	private final BenchEvents events = new BenchEvents(Instant.now(), new Random(42));

	private IngestBenchmark(ConfigurableApplicationContext app, IngestOptions options) {
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		this.db = new BenchDatabase(app.getBean(DataSource.class));
		String key = app.getBean(WriteKeys.class).create("ingest benchmark", null);
		this.api = new IngestApi(base, "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
		this.writeKeyId = db.count("select max(id) from write_keys");
		this.options = options;
		this.batchSize = options.batchSize();
	}

	private void run(double bootSeconds) throws Exception {
		System.out.printf("Tenure started on a fresh embedded PostgreSQL in %.1f s%n", bootSeconds);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(2, BenchThreads.named("bench-http"))).build();

		// Setup, also the warm-up: the accounts (group) and people (identify) that the events name.
		long t0 = System.nanoTime();
		api.postInBatches(http, events.setup(), batchSize);
		List<BenchEvents.Message> warmup = events.generate(options.warmup());
		api.postInBatches(http, BenchEvents.json(warmup), batchSize);
		System.out.printf("Setup: %d accounts, %d people, %,d warm-up events in %.1f s%n", BenchEvents.ACCOUNTS, BenchEvents.USERS,
				warmup.size(), (System.nanoTime() - t0) / 1e9);

		List<Double> ratios = new ArrayList<>();
		for (int round = 1; round <= options.rounds(); round++) {
			if (options.rounds() > 1) {
				System.out.printf("%n=== Round %d of %d%n", round, options.rounds());
			}
			ratios.add(round(http, round == options.rounds()));
		}
		if (ratios.size() > 1) {
			List<Double> sorted = ratios.stream().sorted().toList();
			System.out.printf("%nRatio HTTP (counted) / COPY by round: %s; median %.2f (goal: at least 0.50)%n",
					ratios.stream().map(r -> String.format("%.2f", r)).toList(), sorted.get(sorted.size() / 2));
		}
	}

	/**
	 * One round: fresh events sent over HTTP, then as many COPYed; the ratio of the two rates. Rounds one
	 * after another see the machine as it is at that moment and tables of about the same size, so their
	 * median is steadier than one run on a machine whose speed drifts.
	 */
	private double round(HttpClient http, boolean last) throws Exception {
		long t0;
		// Pre-generated, so the clients only send bytes.
		t0 = System.nanoTime();
		List<BenchEvents.Message> messages = events.generate(options.total());
		List<byte[]> bodies = BenchEvents.batchBodies(messages, batchSize);
		System.out.printf("Generated %,d events (%d users in %d accounts, %d batches of %d, %.0f KB a batch) in %.1f s%n",
				messages.size(), BenchEvents.USERS, BenchEvents.ACCOUNTS, bodies.size(), batchSize, bodies.get(0).length / 1024.0,
				(System.nanoTime() - t0) / 1e9);

		if (options.statements()) {
			db.createStatementsExtension();
		}
		long eventsBefore = db.count("select count(*) from events");
		db.checkpoint();

		// Phase 1: /v1/batch from several clients, /v1/track latency and rollup lag probes alongside.
		Cpu cpu = Cpu.start();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicBoolean loadRunning = new AtomicBoolean(true);
		long deadline = System.nanoTime() + options.maxSeconds() * 1_000_000_000L;
		if (options.statements()) {
			db.resetStatements();
		}
		TrackLatencyProbe tracks = new TrackLatencyProbe(api, failures);
		RollupVisibilityProbe rollups = new RollupVisibilityProbe(api, db, batchSize);
		List<double[]> probes = new ArrayList<>();
		Thread track = BenchThreads.thread("bench-track", () -> tracks.loop(loadRunning));
		Thread probe = BenchThreads.thread("bench-probe", () -> rollups.loop(http, loadRunning, probes, failures));
		track.start();
		probe.start();
		BatchLoad.Result load = new BatchLoad(api, http, bodies, batchSize, messages.size(), failures).run(options.clients(), deadline);
		long acknowledged = System.nanoTime();
		loadRunning.set(false);
		track.join();
		probe.join();
		// the phase ends when the rollups count every acknowledged event (the follower has applied all the deltas)
		while (db.count("select count(*) from rollup_deltas") > 0) {
			Thread.sleep(5);
		}
		double catchUp = (System.nanoTime() - acknowledged) / 1e9;
		Cpu.Used httpCpu = cpu.stop();
		Thread.sleep(1_000); // the statistics reach pg_stat_user_tables within a second
		System.out.println("Rows updated (of which HOT, without index writes) so far: " + db.updates());
		List<String[]> topStatements = options.statements() ? db.topStatements() : List.of();
		long stored = db.count("select count(*) from events") - eventsBefore;

		// Idle: how long a batch takes to show in the rollups with nothing else running.
		List<double[]> idleProbes = last ? rollups.idle(http, 5) : List.of();

		// Phase 2: COPY as many equivalent events (fresh message ids, same columns, resolved ids) into events.
		CopyLoad.Result copy = new CopyLoad(db, events.start(), writeKeyId).run(messages.subList(0, (int) load.sent()));

		// Correctness: what was acknowledged is stored once, and the rollups count it.
		long rolledUp = db.rolledUpBenchmarkEvents();
		long httpTracked = db.storedBenchmarkEvents();

		IngestReport report = new IngestReport(options.clients(), batchSize);
		report.machine(db.version(), db.synchronousCommit());
		report.throughput(load, catchUp, failures.size(), copy);
		report.latency(load, tracks.millis(), probes, idleProbes);
		report.cpu(load, catchUp, httpCpu, copy);
		report.checks(load.sent(), stored, probes.size(), tracks.millis().size(), rolledUp, httpTracked);
		report.failures(failures);
		report.statements(topStatements);
		return load.sent() / (load.seconds() + catchUp) / copy.rate();
	}
}
