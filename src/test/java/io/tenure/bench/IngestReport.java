package io.tenure.bench;

import java.util.Collection;
import java.util.List;

/** Prints the ingestion benchmark's results: machine, throughput, latencies, CPU, checks. */
final class IngestReport {

	private final int clients;
	private final int batchSize;

	IngestReport(int clients, int batchSize) {
		this.clients = clients;
		this.batchSize = batchSize;
	}

	void machine(String postgres, String synchronousCommit) {
		System.out.println();
		System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ " (" + System.getProperty("java.vm.name") + "), " + postgres + "; fsync and synchronous_commit " + synchronousCommit);
		System.out.println("Client and server share these cores: the load generator, Tomcat, Spring and PostgreSQL run on the same machine"
				+ " (clients in Tenure's JVM).");
	}

	/**
	 * The HTTP rate that counts is the rollups': events acknowledged and added to the rollups, from the
	 * first batch sent until the follower has applied the last (the ratio uses it).
	 */
	void throughput(BatchLoad.Result http, double catchUp, int failures, CopyLoad.Result copy) {
		double counted = http.sent() / (http.seconds() + catchUp);
		System.out.printf("%nHTTP: %d clients, POST /v1/batch of %d track/page events, each 200 = committed%n", clients, batchSize);
		System.out.printf("%n%-52s %12s%n", "phase", "events/s");
		System.out.printf("%-52s %,12.0f   (%,d events in %.1f s; %d non-200 answers in all, %d batches given up after 5 tries)%n",
				"HTTP POST /v1/batch, " + clients + " clients, acknowledged", http.rate(), http.sent(), http.seconds(), failures, http.lost());
		System.out.printf("%-52s %,12.0f   (the rollups counted the last %.2f s after its acknowledgement)%n",
				"  the same, until counted in the rollups", counted, catchUp);
		System.out.printf("%-52s %,12.0f   (%,d events in %.2f s)%n", "COPY events FROM STDIN, one stream", copy.rate(), copy.copied(),
				copy.seconds());
		System.out.printf("%-52s %12.2f   (goal: at least 0.50; acknowledged only: %.2f)%n", "ratio HTTP (counted) / COPY",
				counted / copy.rate(), http.rate() / copy.rate());
	}

	void latency(BatchLoad.Result http, List<Double> trackMillis, List<double[]> probes, List<double[]> idleProbes) {
		LatencyTable.header("latency under the batch load");
		LatencyTable.row("POST /v1/batch (" + batchSize + " events)", LatencyTable.sorted(http.batchMillis()));
		LatencyTable.row("POST /v1/track (single call, one every 20 ms)", LatencyTable.sorted(trackMillis));
		LatencyTable.row("batch of " + batchSize + " -> visible in account_daily_events", LatencyTable.column(probes, 0));
		LatencyTable.row("  same probes: their HTTP response", LatencyTable.column(probes, 1));
		LatencyTable.row("idle: batch -> visible in account_daily_events", LatencyTable.column(idleProbes, 0));
		LatencyTable.row("  same probes: their HTTP response", LatencyTable.column(idleProbes, 1));
	}

	void cpu(BatchLoad.Result http, double catchUp, Cpu.Used httpCpu, CopyLoad.Result copy) {
		double seconds = http.seconds() + catchUp;
		System.out.printf("%nCPU during the HTTP phase and the rollups' catching up (%.1f s, %d cores = %.0f core-s available):%n", seconds,
				Runtime.getRuntime().availableProcessors(), seconds * Runtime.getRuntime().availableProcessors());
		httpCpu.print(http.sent());
		System.out.printf("CPU during COPY (%.2f s):%n", copy.seconds());
		copy.cpu().print(copy.copied());
	}

	/** What was acknowledged is stored once, and the rollups count it. */
	void checks(long sent, long stored, int probes, int trackCalls, long rolledUp, long httpTracked) {
		System.out.printf("%nChecks: %,d events acknowledged, %,d new rows in events (incl. %d probe batches and %d track calls);"
				+ " rollups of the benchmark accounts count %,d events = %,d stored track/page events: %s%n", sent, stored,
				probes, trackCalls, rolledUp, httpTracked, rolledUp == httpTracked ? "OK" : "MISMATCH");
	}

	void failures(Collection<String> failures) {
		if (!failures.isEmpty()) {
			System.out.println("Non-200 answers (" + failures.size() + "; Tenure's log names the cause), first 3:");
			failures.stream().limit(3).forEach(f -> System.out.println("  " + f));
		}
	}

	void statements(List<String[]> topStatements) {
		if (!topStatements.isEmpty()) {
			System.out.printf("%nDatabase time during the HTTP phase by statement (pg_stat_statements, top 12):%n");
			System.out.printf("%10s %10s %9s %10s  %s%n", "total s", "calls", "ms/call", "rows", "statement");
			topStatements.forEach(s -> System.out.printf("%10s %10s %9s %10s  %s%n", s[0], s[1], s[2], s[3], s[4]));
		}
	}
}
