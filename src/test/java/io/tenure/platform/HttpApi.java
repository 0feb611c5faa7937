package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON API over real HTTP, as a client sees it: a bearer token, a body, a status, headers and JSON. */
public final class HttpApi {

	public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();
	private final String base;

	public HttpApi(int port) {
		this.base = "http://localhost:" + port;
	}

	public Reply get(String path, String token) {
		return send("GET", path, token, null);
	}

	public Reply post(String path, String token, Object body) {
		return send("POST", path, token, body);
	}

	public Reply put(String path, String token, Object body, String... headers) {
		return send("PUT", path, token, body, headers);
	}

	public Reply delete(String path, String token) {
		return send("DELETE", path, token, null);
	}

	/** A body that is a String is sent as it is (to send broken JSON); anything else is written as JSON. */
	public Reply send(String method, String path, String token, Object body, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		boolean hasContentType = false;
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			hasContentType |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (body != null && !hasContentType) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text(body)));
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String text(Object body) {
		if (body instanceof String text) {
			return text;
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One response. */
	public record Reply(String request, int status, java.net.http.HttpHeaders headers, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (JsonProcessingException e) {
				throw new AssertionError(request + " did not answer JSON: " + body, e);
			}
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public Reply expect(int expected) {
			assertThat(status).as("%s answered %s", request, body).isEqualTo(expected);
			return this;
		}

		/** Asserts an RFC 9457 problem of that status, and returns the fields named in its errors. */
		public List<String> expectProblem(int expected) {
			expect(expected);
			assertThat(header("Content-Type")).as("content type of %s", request).startsWith("application/problem+json");
			JsonNode problem = json();
			assertThat(problem.path("status").asInt()).as("status field of %s", body).isEqualTo(expected);
			assertThat(problem.path("detail").asText()).as("detail of %s", request).isNotBlank();
			List<String> fields = new ArrayList<>();
			problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
			return fields;
		}

		public long id() {
			return json().path("id").asLong();
		}
	}
}
