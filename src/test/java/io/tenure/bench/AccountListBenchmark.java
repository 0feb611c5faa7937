package io.tenure.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.tenure.TenureApplication;
import io.tenure.demo.DemoWorkspace;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of the account list with 10,000 accounts: starts Tenure on a fresh embedded
 * PostgreSQL, loads the demo generator's workspace at that size, logs in, and times sequential
 * requests of the list page (full and htmx partial) and the API under several filters and sorts.
 * Run: ./mvnw -Pbench verify -DskipTests  (-Dbench.accounts=N to change the size)
 */
public final class AccountListBenchmark {

	private static final int WARMUP = 30;
	private static final int MEASURED = 300;

	public static void main(String[] args) throws Exception {
		int size = Integer.getInteger("bench.accounts", 10_000);
		Path data = Files.createTempDirectory("tenure-bench");
		// as arguments, not default properties: application.yml's ${TENURE_PORT:8080} would win over those
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TenureApplication.class)
			.run("--server.port=0", "--tenure.demo.enabled=false", "--tenure.admin.password=bench-password-1",
					"--tenure.embedded-db.data-directory=" + data.resolve("postgres"), "--logging.level.root=warn",
					"--logging.level.io.tenure=info")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			long started = System.nanoTime();
			var summary = app.getBean(DemoWorkspace.class).load(42, size);
			System.out.printf("Loaded %s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);

			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			logIn(http, base);
			long adminId = app.getBean(StaffUsers.class).findByEmail("admin@tenure.local").orElseThrow().id();
			String token = app.getBean(ApiTokens.class).create("bench", Role.ADMIN, adminId, adminId);
			long someOwner = app.getBean(StaffUsers.class).active().stream().filter(m -> m.role() == Role.CSM).findFirst()
				.orElseThrow().id();

			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("list page, default (full page)", "/accounts");
			pages.put("list partial, search 'tech'", "/accounts?q=tech");
			pages.put("list partial, tier=KEY sort=-employees", "/accounts?tier=KEY&sort=-employees");
			pages.put("list partial, stage+owner", "/accounts?stage=ADOPTION&owner=" + someOwner);
			pages.put("list partial, sort=owner page 200", "/accounts?sort=owner&page=200");
			pages.put("list partial, industry+country", "/accounts?industry=Software&country=US");
			System.out.printf("%n%-44s %8s %8s %8s %8s%n", "request (" + size + " accounts)", "p50 ms", "p95 ms", "p99 ms", "max ms");
			for (var page : pages.entrySet()) {
				var request = HttpRequest.newBuilder(URI.create(base + page.getValue()));
				if (page.getKey().contains("partial")) {
					request.header("HX-Request", "true");
				}
				report(page.getKey(), time(http, request.build()));
			}
			for (String path : new String[] { "/api/v1/accounts?size=50&sort=-employees", "/api/v1/accounts?q=tech&tier=LARGE" }) {
				report("API GET " + path, time(http, HttpRequest.newBuilder(URI.create(base + path))
					.header("Authorization", "Bearer " + token).build()));
			}
		}
		finally {
			try (var paths = Files.walk(data)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static double[] time(HttpClient http, HttpRequest request) throws Exception {
		double[] millis = new double[MEASURED];
		for (int i = 0; i < WARMUP + MEASURED; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long t1 = System.nanoTime();
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
			}
			if (i >= WARMUP) {
				millis[i - WARMUP] = (t1 - t0) / 1e6;
			}
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String name, double[] sorted) {
		System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f%n", name, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted[sorted.length - 1]);
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static void logIn(HttpClient http, String base) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=admin%40tenure.local&password=bench-password-1&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode());
		}
	}
}
