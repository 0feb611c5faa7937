package io.tenure.bench;

import java.util.Collection;
import java.util.List;

/** Rows of a latency table: count, p50, p95, p99 and max in milliseconds. */
final class LatencyTable {

	private LatencyTable() {
	}

	static void header(String title) {
		System.out.printf("%n%-52s %7s %8s %8s %8s %8s%n", title, "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
	}

	static void row(String name, double[] sorted) {
		if (sorted.length == 0) {
			System.out.printf("%-52s %7d%n", name, 0);
			return;
		}
		System.out.printf("%-52s %7d %8.1f %8.1f %8.1f %8.1f%n", name, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted[sorted.length - 1]);
	}

	static double[] sorted(Collection<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
	}

	/** Column i of the rows, sorted. */
	static double[] column(List<double[]> rows, int i) {
		return rows.stream().mapToDouble(r -> r[i]).sorted().toArray();
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
	}
}
