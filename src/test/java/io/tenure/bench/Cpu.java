package io.tenure.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU used over a phase: the whole machine (/proc/stat), this JVM, and within it the benchmark's
 * own threads (clients, HttpClient), and the benchmark's PostgreSQL (its processes in /proc); the
 * rest is other processes on the machine, which make the figures noisy when they are busy.
 */
record Cpu(long[] machine, long jvmNanos, long clientNanos, long wall, long postgresTicks) {

	/** The data directory of the benchmark's PostgreSQL, whose processes are counted as PostgreSQL's CPU. */
	static volatile String postgresData;

	/** CPU of the benchmark's threads that have ended (a dead thread's time can no longer be read). */
	static final AtomicLong ENDED = new AtomicLong();

	/** Called by each of the benchmark's threads as it ends. */
	static void finished() {
		ENDED.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
	}

	static Cpu start() {
		return new Cpu(machineTicks(), jvmNanosNow(), client(), System.nanoTime(), postgresTicksNow());
	}

	Used stop() {
		long[] m = machineTicks();
		double tick = 100.0; // USER_HZ
		double busy = (m[0] - machine[0]) / tick;
		double idle = (m[1] - machine[1]) / tick;
		return new Used((System.nanoTime() - wall) / 1e9, busy, idle, (jvmNanosNow() - jvmNanos) / 1e9, (client() - clientNanos) / 1e9,
				(postgresTicksNow() - postgresTicks) / tick);
	}

	record Used(double wall, double busy, double idle, double jvm, double client, double postgres) {

		void print(long events) {
			double server = jvm - client;
			double other = Math.max(0, busy - jvm - postgres);
			System.out.printf("  machine busy %.1f core-s (%.0f%% of %d cores), idle %.1f core-s%n", busy,
					100 * busy / (wall * Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().availableProcessors(), idle);
			System.out.printf("  Tenure's JVM without the benchmark's threads %.1f core-s (%.1f us/event); benchmark clients %.1f core-s;"
					+ " its PostgreSQL %.1f core-s (%.1f us/event); other processes %.1f core-s%n", server, 1e6 * server / events, client,
					postgres, 1e6 * postgres / events, other);
		}
	}

	/**
	 * CPU ticks of the benchmark's PostgreSQL: the postmaster (with its ended children) and its live
	 * children, found by the data directory on the postmaster's command line; 0 when not found.
	 */
	private static long postgresTicksNow() {
		String data = postgresData;
		if (data == null) {
			return 0;
		}
		try (var processes = Files.list(Path.of("/proc"))) {
			Map<Long, long[]> stats = new HashMap<>();
			Long postmaster = null;
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
					long pid = Long.parseLong(process.getFileName().toString());
					stats.put(pid, new long[] { Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
							Long.parseLong(f[13]) + Long.parseLong(f[14]) });
					if (postmaster == null && new String(Files.readAllBytes(process.resolve("cmdline"))).contains(data)
							&& stat.contains("(postgres)")) {
						postmaster = pid;
					}
				}
				catch (Exception ended) {
					// the process ended meanwhile
				}
			}
			if (postmaster == null || !stats.containsKey(postmaster)) {
				return 0;
			}
			long pm = postmaster;
			long ticks = stats.get(pm)[1] + stats.get(pm)[2];
			for (var entry : stats.entrySet()) {
				if (entry.getValue()[0] == pm) {
					ticks += entry.getValue()[1];
				}
			}
			return ticks;
		}
		catch (Exception e) {
			return 0;
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
