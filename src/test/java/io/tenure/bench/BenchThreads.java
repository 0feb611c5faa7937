package io.tenure.bench;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads with the names that {@link Cpu} uses to tell the benchmark's own threads apart. */
final class BenchThreads {

	interface ThrowingRunnable {

		void run() throws Exception;
	}

	private BenchThreads() {
	}

	static ThreadFactory named(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	static Thread thread(String name, ThrowingRunnable body) {
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
}
