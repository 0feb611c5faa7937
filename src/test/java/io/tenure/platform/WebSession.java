package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie jar, no automatic redirects, and the CSRF token that the
 * server put into its last form. Log in with {@link #login}; stay anonymous with {@link #anonymous}.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient client;
	private final String base;
	private String csrf;

	private WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.build();
	}

	/** Not logged in, but with a session and a CSRF token from the login page, as a browser would have. */
	public static WebSession anonymous(int port) {
		var session = new WebSession(port);
		session.get("/login").expect(200);
		return session;
	}

	/** Logged in through the login form; fails the test if the login does not succeed. */
	public static WebSession login(int port, String email, String password) {
		var session = new WebSession(port);
		Page answer = session.tryLogin(email, password);
		assertThat(answer.location()).as("login of %s", email).doesNotContain("error").doesNotContain("/login");
		session.get("/accounts").expect(200);
		return session;
	}

	/** Posts the login form and returns the redirect: to the start page, or to /login?error. */
	public Page tryLogin(String email, String password) {
		get("/login").expect(200);
		return post("/login", "username", email, "password", password).expect(302);
	}

	public Page get(String path, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request, "GET " + path);
	}

	/** Posts a form with the current CSRF token; fields come as name, value, name, value... */
	public Page post(String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		if (csrf != null) {
			form.putIfAbsent("_csrf", csrf);
		}
		return postForm(path, form);
	}

	public Page postForm(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> HttpApi.encode(e.getKey()) + "=" + HttpApi.encode(e.getValue() == null ? "" : e.getValue()))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(request, "POST " + path);
	}

	public String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
			.findFirst().orElse(null);
	}

	public String csrf() {
		return csrf;
	}

	private Page send(HttpRequest.Builder request, String what) {
		if (request.build().headers().firstValue("Accept").isEmpty()) {
			request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(what, response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(what + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** One response of the web UI. */
	public record Page(String request, int status, String location, String contentType, String body) {

		public Page expect(int expected) {
			assertThat(status).as("%s answered %s", request, body.length() > 2000 ? body.substring(0, 2000) : body).isEqualTo(expected);
			return this;
		}

		/** Asserts a redirect whose target path starts with {@code prefix}. */
		public Page expectRedirect(String prefix) {
			expect(302);
			assertThat(URI.create(location).getPath() + (URI.create(location).getQuery() == null ? "" : "?" + URI.create(location).getQuery()))
				.as("redirect of %s", request).startsWith(prefix);
			return this;
		}
	}
}
