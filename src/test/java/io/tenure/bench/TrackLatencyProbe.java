package io.tenure.bench;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times single {@code POST /v1/track} calls, one every 20 ms on its own HttpClient, while the
 * batch load runs. A late call goes at once, without a catch-up burst.
 */
final class TrackLatencyProbe {

	private final IngestApi api;
	private final ConcurrentLinkedQueue<String> failures;
	private final List<Double> millis = new ArrayList<>();

	TrackLatencyProbe(IngestApi api, ConcurrentLinkedQueue<String> failures) {
		this.api = api;
		this.failures = failures;
	}

	/** Each call's milliseconds; read it once the loop has ended. */
	List<Double> millis() {
		return millis;
	}

	void loop(AtomicBoolean running) {
		HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Random r = new Random(7);
		try {
			long nextAt = System.nanoTime();
			while (running.get()) {
				int user = r.nextInt(BenchEvents.USERS);
				String body = """
						{"userId":"%s","event":"Feature Used","messageId":"%s","timestamp":"%s","properties":{"feature":"%s"},"context":{"groupId":"%s"}}"""
					.formatted(BenchEvents.userId(user), UUID.randomUUID(), Instant.now(),
							BenchEvents.FEATURES[r.nextInt(BenchEvents.FEATURES.length)], BenchEvents.accountId(user % BenchEvents.ACCOUNTS));
				long s = System.nanoTime();
				api.post(own, "/v1/track", body, failures);
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
}
