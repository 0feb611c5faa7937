package io.tenure.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Tenure's Segment endpoints, called with one write key (HTTP Basic, key as the user name). */
final class IngestApi {

	private final String base;
	private final String auth;

	IngestApi(String base, String auth) {
		this.base = base;
		this.auth = auth;
	}

	HttpRequest request(String path, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", "application/json").POST(body).build();
	}

	/** Posts the messages to /v1/batch, batchSize to a call, in order; any refusal throws. */
	void postInBatches(HttpClient http, List<String> messages, int batchSize) throws Exception {
		for (int from = 0; from < messages.size(); from += batchSize) {
			post(http, "/v1/batch", BenchEvents.batchBody(messages.subList(from, Math.min(messages.size(), from + batchSize))), null);
		}
	}

	int post(HttpClient http, String path, String body, ConcurrentLinkedQueue<String> failures) throws Exception {
		return post(http, path, body.getBytes(StandardCharsets.UTF_8), failures);
	}

	/**
	 * Sends until a 200, as Segment's clients do (retry on 5xx and 429); returns the attempts made.
	 * Throws IllegalStateException on any other answer, after 5 tries, or at once when failures is null.
	 */
	int post(HttpClient http, String path, byte[] body, ConcurrentLinkedQueue<String> failures) throws Exception {
		HttpRequest request = request(path, HttpRequest.BodyPublishers.ofByteArray(body));
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
}
