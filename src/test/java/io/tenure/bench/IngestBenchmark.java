package io.tenure.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.tenure.TenureApplication;
import io.tenure.ingest.WriteKeys;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 * database's time went).
 */
public final class IngestBenchmark {

	private static final int USERS = 2_000;
	private static final int ACCOUNTS = 200;
	private static final String[] FEATURES = { "reports", "dashboards", "exports", "alerts", "segments", "api", "sso",
			"workflows", "forecasts", "integrations" };
	private static final String[][] PAGES = { { "Dashboard", "/dashboard" }, { "Accounts", "/accounts" },
			{ "Reports", "/reports" }, { "Settings", "/settings" }, { "Billing", "/settings/billing" },
			{ "Pipeline", "/pipeline" }, { "Help Center", "/help" } };

	public static void main(String[] args) throws Exception {
		int total = Integer.getInteger("bench.events", 300_000);
		int clients = Integer.getInteger("bench.clients", 4);
		int batchSize = Integer.getInteger("bench.batch", 500);
		int maxSeconds = Integer.getInteger("bench.seconds", 120);
		boolean statements = Boolean.getBoolean("bench.statements");
		Path data = Files.createTempDirectory("tenure-ingest-bench");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tenure.demo.enabled=false",
				"--tenure.admin.password=bench-password-1", "--tenure.embedded-db.data-directory=" + data.resolve("postgres"),
				"--logging.level.root=warn", "--logging.level.io.tenure=info"));
		if (statements) {
			arguments.add("--tenure.embedded-db.settings.shared_preload_libraries=pg_stat_statements");
		}
		long bootStarted = System.nanoTime();
		// as arguments, not default properties: application.yml's ${TENURE_PORT:8080} would win over those
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TenureApplication.class)
			.run(arguments.toArray(String[]::new))) {
			new IngestBenchmark(app, total, clients, batchSize, maxSeconds, statements).run((System.nanoTime() - bootStarted) / 1e9);
		}
		finally {
			try (var paths = Files.walk(data)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private final String base;
	private final DataSource dataSource;
	private final JdbcClient db;
	private final String auth;
	private final long writeKeyId;
	private final int total;
	private final int clients;
	private final int batchSize;
	private final int maxSeconds;
	private final boolean statements;
	private final Instant start = Instant.now();
	private final Random random = new Random(42);

	private IngestBenchmark(ConfigurableApplicationContext app, int total, int clients, int batchSize, int maxSeconds,
			boolean statements) {
		this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		this.dataSource = app.getBean(DataSource.class);
		this.db = JdbcClient.create(dataSource);
		String key = app.getBean(WriteKeys.class).create("ingest benchmark", null);
		this.auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
		this.writeKeyId = db.sql("select max(id) from write_keys").query(Long.class).single();
		this.total = total;
		this.clients = clients;
		this.batchSize = batchSize;
		this.maxSeconds = maxSeconds;
		this.statements = statements;
	}

	/** One generated event, kept so the COPY phase can write its equivalent. */
	private record Message(String type, String name, int user, Instant at, String properties, String context) {
	}

	private void run(double bootSeconds) throws Exception {
		System.out.printf("Tenure started on a fresh embedded PostgreSQL in %.1f s%n", bootSeconds);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(2, named("bench-http"))).build();

		// Setup, also the warm-up: the accounts (group) and people (identify) that the events name.
		long t0 = System.nanoTime();
		List<String> setup = new ArrayList<>();
		for (int a = 0; a < ACCOUNTS; a++) {
			setup.add("""
					{"type":"group","userId":"%s","groupId":"%s","messageId":"%s","traits":{"name":"Account %03d Inc.","industry":"Software","employees":%d,"plan":"%s"}}"""
				.formatted(userId(a), accountId(a), UUID.randomUUID(), a, 20 + random.nextInt(2000), a % 3 == 0 ? "enterprise" : "growth"));
		}
		for (int u = 0; u < USERS; u++) {
			setup.add("""
					{"type":"identify","userId":"%s","messageId":"%s","traits":{"email":"user%04d@account%03d.example","name":"User %04d","title":"Analyst"},"context":{"groupId":"%s"}}"""
				.formatted(userId(u), UUID.randomUUID(), u, u % ACCOUNTS, u, accountId(u % ACCOUNTS)));
		}
		for (int from = 0; from < setup.size(); from += batchSize) {
			post(http, "/v1/batch", batchBody(setup.subList(from, Math.min(setup.size(), from + batchSize))), null);
		}
		List<Message> warmup = generate(20 * batchSize);
		for (int from = 0; from < warmup.size(); from += batchSize) {
			post(http, "/v1/batch", batchBody(json(warmup.subList(from, from + batchSize))), null);
		}
		System.out.printf("Setup: %d accounts, %d people, %,d warm-up events in %.1f s%n", ACCOUNTS, USERS, warmup.size(),
				(System.nanoTime() - t0) / 1e9);

		// Pre-generated, so the clients only send bytes.
		t0 = System.nanoTime();
		List<Message> messages = generate(total);
		List<byte[]> bodies = new ArrayList<>();
		for (int from = 0; from < messages.size(); from += batchSize) {
			bodies.add(batchBody(json(messages.subList(from, Math.min(messages.size(), from + batchSize)))).getBytes(StandardCharsets.UTF_8));
		}
		System.out.printf("Generated %,d events (%d users in %d accounts, %d batches of %d, %.0f KB a batch) in %.1f s%n",
				messages.size(), USERS, ACCOUNTS, bodies.size(), batchSize, bodies.get(0).length / 1024.0, (System.nanoTime() - t0) / 1e9);

		if (statements) {
			db.sql("create extension if not exists pg_stat_statements").update();
		}
		long eventsBefore = count("select count(*) from events");
		checkpoint();

		// Phase 1: /v1/batch from several clients, /v1/track latency and rollup lag probes alongside.
		Cpu cpu = Cpu.start();
		AtomicInteger next = new AtomicInteger();
		AtomicLong committed = new AtomicLong();
		AtomicInteger lost = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Double> batchMillis = new ConcurrentLinkedQueue<>();
		AtomicBoolean loadRunning = new AtomicBoolean(true);
		long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
		if (statements) {
			db.sql("select pg_stat_statements_reset()").query(Object.class).list();
		}
		List<Double> trackMillis = new ArrayList<>();
		List<double[]> probes = new ArrayList<>();
		Thread track = thread("bench-track", () -> trackLoop(loadRunning, trackMillis, failures));
		Thread probe = thread("bench-probe", () -> probeLoop(http, loadRunning, probes, failures));
		track.start();
		probe.start();
		CountDownLatch done = new CountDownLatch(clients);
		long loadStarted = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			thread("bench-client-" + c, () -> {
				try {
					for (int i; (i = next.getAndIncrement()) < bodies.size() && System.nanoTime() < deadline;) {
						long s = System.nanoTime();
						try {
							post(http, "/v1/batch", bodies.get(i), failures);
							batchMillis.add((System.nanoTime() - s) / 1e6);
							committed.addAndGet(Math.min(batchSize, messages.size() - i * batchSize));
						}
						catch (IllegalStateException e) {
							lost.incrementAndGet(); // refused 5 times: not acknowledged, not counted
						}
					}
				}
				finally {
					Cpu.finished();
					done.countDown();
				}
			}).start();
		}
		done.await();
		double httpSeconds = (System.nanoTime() - loadStarted) / 1e9;
		loadRunning.set(false);
		track.join();
		probe.join();
		Cpu.Used httpCpu = cpu.stop();
		List<String[]> topStatements = statements ? topStatements() : List.of();
		long stored = count("select count(*) from events") - eventsBefore;
		long sent = committed.get();
		double httpRate = sent / httpSeconds;

		// Idle: how long a batch takes to show in the rollups with nothing else running.
		List<double[]> idleProbes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			double[] idle = probeOnce(http, "probe-idle-" + i);
			if (idle != null) {
				idleProbes.add(idle);
			}
		}

		// Phase 2: COPY as many equivalent events (fresh message ids, same columns, resolved ids) into events.
		Map<String, Long> people = new HashMap<>();
		db.sql("select external_id, id from people").query((rs, n) -> people.put(rs.getString(1), rs.getLong(2))).list();
		Map<String, Long> accounts = new HashMap<>();
		db.sql("select external_id, id from accounts").query((rs, n) -> accounts.put(rs.getString(1), rs.getLong(2))).list();
		byte[] copyData = copyRows(messages.subList(0, (int) sent), people, accounts);
		checkpoint();
		Cpu copyCpuStart = Cpu.start();
		long copyStarted = System.nanoTime();
		long copied;
		try (Connection connection = dataSource.getConnection()) {
			copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy events (message_id, type, name, account_id, person_id, user_id, anonymous_id, occurred_at, received_at,
					    properties, context, write_key_id) from stdin""", new ByteArrayInputStream(copyData));
		}
		double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
		Cpu.Used copyCpu = copyCpuStart.stop();
		double copyRate = copied / copySeconds;

		// Correctness: what was acknowledged is stored once, and the rollups count it.
		long rolledUp = count("""
				select coalesce(sum(events), 0) from account_daily_events d join accounts a on a.id = d.account_id
				where a.external_id like 'acct-%'""");
		long httpTracked = count("""
				select count(*) from events e join accounts a on a.id = e.account_id
				where a.external_id like 'acct-%' and e.type in ('track', 'page') and e.message_id not like 'copy-%'""");

		// Report.
		System.out.println();
		System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ " (" + System.getProperty("java.vm.name") + "), " + db.sql("select version()").query(String.class).single()
					.replaceAll(" on .*", "")
				+ "; fsync and synchronous_commit " + db.sql("show synchronous_commit").query(String.class).single());
		System.out.println("Client and server share these cores: the load generator, Tomcat, Spring and PostgreSQL run on the same machine"
				+ " (clients in Tenure's JVM).");
		System.out.printf("%nHTTP: %d clients, POST /v1/batch of %d track/page events, each 200 = committed%n", clients, batchSize);
		double[] batch = probesOf(batchMillis);
		Arrays.sort(batch);
		System.out.printf("%n%-52s %12s%n", "phase", "events/s");
		System.out.printf("%-52s %,12.0f   (%,d events in %.1f s; %d non-200 answers in all, %d batches given up after 5 tries)%n",
				"HTTP POST /v1/batch, " + clients + " clients", httpRate, sent, httpSeconds, failures.size(), lost.get());
		System.out.printf("%-52s %,12.0f   (%,d events in %.2f s)%n", "COPY events FROM STDIN, one stream", copyRate, copied, copySeconds);
		System.out.printf("%-52s %12.2f   (goal: at least 0.50)%n", "ratio HTTP / COPY", httpRate / copyRate);

		double[] trackSorted = trackMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("%n%-52s %7s %8s %8s %8s %8s%n", "latency under the batch load", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
		row("POST /v1/batch (" + batchSize + " events)", batch);
		row("POST /v1/track (single call, one every 20 ms)", trackSorted);
		row("batch of " + batchSize + " -> visible in account_daily_events", column(probes, 0));
		row("  same probes: their HTTP response", column(probes, 1));
		row("idle: batch -> visible in account_daily_events", column(idleProbes, 0));
		row("  same probes: their HTTP response", column(idleProbes, 1));

		System.out.printf("%nCPU during the HTTP phase (%.1f s, %d cores = %.0f core-s available):%n", httpSeconds,
				Runtime.getRuntime().availableProcessors(), httpSeconds * Runtime.getRuntime().availableProcessors());
		httpCpu.print(sent);
		System.out.printf("CPU during COPY (%.2f s):%n", copySeconds);
		copyCpu.print(copied);

		System.out.printf("%nChecks: %,d events acknowledged, %,d new rows in events (incl. %d probe batches and %d track calls);"
				+ " rollups of the benchmark accounts count %,d events = %,d stored track/page events: %s%n", sent, stored,
				probes.size(), trackMillis.size(), rolledUp, httpTracked, rolledUp == httpTracked ? "OK" : "MISMATCH");
		if (!failures.isEmpty()) {
			System.out.println("Non-200 answers (" + failures.size() + "; Tenure's log names the cause), first 3:");
			failures.stream().limit(3).forEach(f -> System.out.println("  " + f));
		}
		if (!topStatements.isEmpty()) {
			System.out.printf("%nDatabase time during the HTTP phase by statement (pg_stat_statements, top 12):%n");
			System.out.printf("%10s %10s %9s %10s  %s%n", "total s", "calls", "ms/call", "rows", "statement");
			topStatements.forEach(s -> System.out.printf("%10s %10s %9s %10s  %s%n", s[0], s[1], s[2], s[3], s[4]));
		}
	}

	// --- load ---

	/** Sends until a 200, as Segment's clients do (retry on 5xx and 429); returns the attempts made. */
	private int post(HttpClient http, String path, Object body, ConcurrentLinkedQueue<String> failures) throws Exception {
		byte[] bytes = body instanceof byte[] b ? b : ((String) body).getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return attempt;
			}
			String problem = path + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length()));
			if (failures == null || attempt == 5 || (response.statusCode() < 500 && response.statusCode() != 429)) {
				throw new IllegalStateException(problem);
			}
			failures.add(problem);
			Thread.sleep(100L * attempt);
		}
	}

	private void trackLoop(AtomicBoolean running, List<Double> millis, ConcurrentLinkedQueue<String> failures) {
		HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random r = new Random(7);
		try {
			long nextAt = System.nanoTime();
			while (running.get()) {
				int user = r.nextInt(USERS);
				String body = """
						{"userId":"%s","event":"Feature Used","messageId":"%s","timestamp":"%s","properties":{"feature":"%s"},"context":{"groupId":"%s"}}"""
					.formatted(userId(user), UUID.randomUUID(), Instant.now(), FEATURES[r.nextInt(FEATURES.length)], accountId(user % ACCOUNTS));
				long s = System.nanoTime();
				post(own, "/v1/track", body, failures);
				millis.add((System.nanoTime() - s) / 1e6);
				nextAt += 20_000_000L;
				long wait = nextAt - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				else {
					nextAt = System.nanoTime(); // late: the next call goes now (no catch-up burst)
				}
			}
		}
		catch (Exception e) {
			failures.add("track loop: " + e);
		}
		finally {
			Cpu.finished();
		}
	}

	private void probeLoop(HttpClient http, AtomicBoolean running, List<double[]> probes, ConcurrentLinkedQueue<String> failures) {
		try {
			Thread.sleep(2_000);
			for (int i = 0; running.get(); i++) {
				double[] probe = probeOnce(http, "probe-load-" + i);
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

	/**
	 * Sends one batch for a new account and polls account_daily_events (every ~2 ms, on its own
	 * connection) until its counts show; returns {ms until visible, ms until the HTTP response}.
	 */
	private double[] probeOnce(HttpClient http, String account) throws Exception {
		List<String> batch = new ArrayList<>();
		Random r = new Random(account.hashCode());
		for (int i = 0; i < batchSize; i++) {
			int user = r.nextInt(USERS);
			batch.add("""
					{"type":"track","userId":"%s","event":"Signed In","messageId":"%s","timestamp":"%s","context":{"groupId":"%s"}}"""
				.formatted(userId(user), UUID.randomUUID(), Instant.now(), account));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/batch")).header("Authorization", auth)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batchBody(batch))).build();
		try (Connection connection = dataSource.getConnection();
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

	// --- events ---

	private List<Message> generate(int count) {
		List<Message> messages = new ArrayList<>(count);
		long window = Duration.ofHours(24).toMillis();
		for (int i = 0; i < count; i++) {
			int user = (int) (Math.abs(random.nextGaussian()) * USERS / 2.5) % USERS; // some users far more active
			Instant at = start.minusMillis((long) (random.nextDouble() * window));
			int kind = random.nextInt(100);
			String context = "{\"groupId\":\"" + accountId(user % ACCOUNTS) + "\",\"library\":{\"name\":\"analytics-node\",\"version\":\"6.2.0\"},"
					+ "\"ip\":\"203.0.113." + (user % 250) + "\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15\"}";
			if (kind < 35) {
				String[] page = PAGES[random.nextInt(PAGES.length)];
				messages.add(new Message("page", "Page Viewed", user, at,
						"{\"name\":\"" + page[0] + "\",\"path\":\"" + page[1] + "\",\"url\":\"https://app.example.com" + page[1]
								+ "\",\"title\":\"" + page[0] + " - Example\",\"referrer\":\"\"}",
						context));
			}
			else if (kind < 70) {
				messages.add(new Message("track", "Feature Used", user, at,
						"{\"feature\":\"" + FEATURES[random.nextInt(FEATURES.length)] + "\",\"durationMs\":" + random.nextInt(60_000) + "}",
						context));
			}
			else if (kind < 85) {
				messages.add(new Message("track", "Signed In", user, at, "{\"method\":\"" + (random.nextBoolean() ? "password" : "sso") + "\"}",
						context));
			}
			else {
				String[] names = { "Report Created", "User Invited", "Article Viewed", "Ticket Created", "Integration Connected",
						"Email Opened", "Content Downloaded" };
				String name = names[random.nextInt(names.length)];
				messages.add(new Message("track", name, user, at, "{\"source\":\"web\",\"plan\":\"growth\"}", context));
			}
		}
		return messages;
	}

	private static List<String> json(List<Message> messages) {
		List<String> out = new ArrayList<>(messages.size());
		for (Message m : messages) {
			out.add("{\"type\":\"" + m.type() + "\"," + (m.type().equals("page") ? "\"name\":" + quoted(m.properties(), "name") + ","
					: "\"event\":\"" + m.name() + "\",") + "\"userId\":\"" + userId(m.user()) + "\",\"messageId\":\"" + UUID.randomUUID()
					+ "\",\"timestamp\":\"" + m.at() + "\",\"properties\":" + m.properties() + ",\"context\":" + m.context() + "}");
		}
		return out;
	}

	private static String quoted(String json, String field) {
		int at = json.indexOf("\"" + field + "\":\"") + field.length() + 3;
		return json.substring(at, json.indexOf('"', at + 1) + 1);
	}

	private static String batchBody(List<String> messages) {
		return "{\"batch\":[" + String.join(",", messages) + "]}";
	}

	/** The rows /v1/batch would store for these messages, as COPY text, with fresh message ids. */
	private byte[] copyRows(List<Message> messages, Map<String, Long> people, Map<String, Long> accounts) {
		var out = new ByteArrayOutputStream(messages.size() * 600);
		String received = start.atOffset(ZoneOffset.UTC).toString();
		StringBuilder line = new StringBuilder(1024);
		for (Message m : messages) {
			line.setLength(0);
			String context = m.context();
			String properties = m.properties();
			line.append("copy-").append(UUID.randomUUID()).append('\t').append(m.type()).append('\t').append(m.name()).append('\t')
				.append(accounts.get(accountId(m.user() % ACCOUNTS))).append('\t').append(people.get(userId(m.user()))).append('\t')
				.append(userId(m.user())).append("\t\\N\t").append(m.at().atOffset(ZoneOffset.UTC)).append('\t').append(received)
				.append('\t').append(escape(properties)).append('\t').append(escape(context)).append('\t').append(writeKeyId).append('\n');
			out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String userId(int user) {
		return "user-" + String.format("%04d", user);
	}

	private static String accountId(int account) {
		return "acct-" + String.format("%03d", account);
	}

	// --- database ---

	private long count(String sql) {
		return db.sql(sql).query(Long.class).single();
	}

	private void checkpoint() {
		db.sql("checkpoint").update();
	}

	private List<String[]> topStatements() {
		return db.sql("""
				select round(total_exec_time::numeric / 1000, 2), calls, round((total_exec_time / greatest(calls, 1))::numeric, 3), rows,
				       regexp_replace(left(query, 110), '\\s+', ' ', 'g')
				from pg_stat_statements order by total_exec_time desc limit 12""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) })
			.list();
	}

	// --- reporting ---

	private static double[] probesOf(ConcurrentLinkedQueue<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double[] column(List<double[]> rows, int i) {
		return rows.stream().mapToDouble(r -> r[i]).sorted().toArray();
	}

	private static void row(String name, double[] sorted) {
		if (sorted.length == 0) {
			System.out.printf("%-52s %7d%n", name, 0);
			return;
		}
		System.out.printf("%-52s %7d %8.1f %8.1f %8.1f %8.1f%n", name, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted[sorted.length - 1]);
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
	}

	private static java.util.concurrent.ThreadFactory named(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	private static Thread thread(String name, ThrowingRunnable body) {
		Thread t = new Thread(() -> {
			try {
				body.run();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, name);
		t.setDaemon(true);
		return t;
	}

	private interface ThrowingRunnable {

		void run() throws Exception;
	}

	/**
	 * CPU used over a phase: the whole machine (/proc/stat), this JVM, and within it the benchmark's
	 * own threads (clients, HttpClient); the rest of the machine is PostgreSQL, in the main.
	 */
	private record Cpu(long[] machine, long jvmNanos, long clientNanos, long wall) {

		/** CPU of the benchmark's threads that have ended (a dead thread's time can no longer be read). */
		static final AtomicLong ENDED = new AtomicLong();

		static void finished() {
			ENDED.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
		}

		static Cpu start() {
			return new Cpu(machineTicks(), jvmNanosNow(), client(), System.nanoTime());
		}

		Used stop() {
			long[] m = machineTicks();
			double tick = 100.0; // USER_HZ
			double busy = (m[0] - machine[0]) / tick;
			double idle = (m[1] - machine[1]) / tick;
			return new Used((System.nanoTime() - wall) / 1e9, busy, idle, (jvmNanosNow() - jvmNanos) / 1e9, (client() - clientNanos) / 1e9);
		}

		record Used(double wall, double busy, double idle, double jvm, double client) {

			void print(long events) {
				double server = jvm - client;
				double other = Math.max(0, busy - jvm);
				System.out.printf("  machine busy %.1f core-s (%.0f%% of %d cores), idle %.1f core-s%n", busy,
						100 * busy / (wall * Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().availableProcessors(), idle);
				System.out.printf("  Tenure's JVM without the benchmark's threads %.1f core-s (%.1f us/event); benchmark clients %.1f core-s;"
						+ " other processes (PostgreSQL) %.1f core-s (%.1f us/event)%n", server, 1e6 * server / events, client, other,
						1e6 * other / events);
			}
		}

		private static long[] machineTicks() {
			try {
				String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long busy = 0;
				for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
					busy += Long.parseLong(f[i]);
				}
				return new long[] { busy, Long.parseLong(f[4]) + Long.parseLong(f[5]) };
			}
			catch (Exception e) {
				return new long[] { 0, 0 };
			}
		}

		private static long jvmNanosNow() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		}

		private static long client() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long sum = ENDED.get();
			for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null && (info.getThreadName().startsWith("bench-http") || info.getThreadName().startsWith("HttpClient"))) {
					long t = threads.getThreadCpuTime(info.getThreadId());
					sum += Math.max(0, t);
				}
			}
			return sum;
		}
	}
}
