package io.tenure.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU used over a phase: the whole machine (/proc/stat), this JVM, and within it the benchmark's
 * own threads (clients, HttpClient); the rest of the machine is PostgreSQL, in the main.
 */
record Cpu(long[] machine, long jvmNanos, long clientNanos, long wall) {

	/** CPU of the benchmark's threads that have ended (a dead thread's time can no longer be read). */
	static final AtomicLong ENDED = new AtomicLong();

	/** Called by each of the benchmark's threads as it ends. */
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
