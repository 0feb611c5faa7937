package io.tenure.bench;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP load: several clients post the pre-generated batch bodies to {@code POST /v1/batch}, each
 * taking the next body, until none is left or the deadline passes. A 200 means committed.
 */
final class BatchLoad {

	/** What was acknowledged: events, wall time, batches given up on, and each batch's milliseconds. */
	record Result(long sent, double seconds, int lost, ConcurrentLinkedQueue<Double> batchMillis) {

		double rate() {
			return sent / seconds;
		}
	}

	private final IngestApi api;
	private final HttpClient http;
	private final List<byte[]> bodies;
	private final int batchSize;
	private final int events;
	private final ConcurrentLinkedQueue<String> failures;

	/** The bodies hold the events in order, batchSize to a body (the last may hold fewer). */
	BatchLoad(IngestApi api, HttpClient http, List<byte[]> bodies, int batchSize, int events, ConcurrentLinkedQueue<String> failures) {
		this.api = api;
		this.http = http;
		this.bodies = bodies;
		this.batchSize = batchSize;
		this.events = events;
		this.failures = failures;
	}

	Result run(int clients, long deadline) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicLong committed = new AtomicLong();
		AtomicInteger lost = new AtomicInteger();
		ConcurrentLinkedQueue<Double> batchMillis = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			BenchThreads.thread("bench-client-" + c, () -> {
				try {
					for (int i; (i = next.getAndIncrement()) < bodies.size() && System.nanoTime() < deadline;) {
						long s = System.nanoTime();
						try {
							api.post(http, "/v1/batch", bodies.get(i), failures);
							batchMillis.add((System.nanoTime() - s) / 1e6);
							committed.addAndGet(Math.min(batchSize, events - i * batchSize));
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
		return new Result(committed.get(), (System.nanoTime() - started) / 1e9, lost.get(), batchMillis);
	}
}
