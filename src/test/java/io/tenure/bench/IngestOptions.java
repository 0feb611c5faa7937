package io.tenure.bench;

/**
 * The ingestion benchmark's options, from system properties (-Dbench.*): events to send, concurrent
 * clients, events a batch, the HTTP phase's time limit in seconds, whether to report
 * pg_stat_statements, the warm-up events sent before the measured phase, and whether the health
 * module rescores the accounts with new activity while the load runs (as it does in production;
 * {@code -Dbench.health=false} measures ingestion alone), and how many rounds of HTTP then COPY to run.
 */
record IngestOptions(int total, int clients, int batchSize, int maxSeconds, boolean statements, int warmup, boolean health, int rounds) {

	static IngestOptions fromSystemProperties() {
		return new IngestOptions(Integer.getInteger("bench.events", 300_000), Integer.getInteger("bench.clients", 4),
				Integer.getInteger("bench.batch", 500), Integer.getInteger("bench.seconds", 120), Boolean.getBoolean("bench.statements"),
				Integer.getInteger("bench.warmup", 10_000), !"false".equals(System.getProperty("bench.health")),
				Integer.getInteger("bench.rounds", 1));
	}
}
