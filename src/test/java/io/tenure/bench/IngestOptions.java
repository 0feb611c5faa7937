package io.tenure.bench;

/**
 * The ingestion benchmark's options, from system properties (-Dbench.*): events to send, concurrent
 * clients, events a batch, the HTTP phase's time limit in seconds, and whether to report
 * pg_stat_statements.
 */
record IngestOptions(int total, int clients, int batchSize, int maxSeconds, boolean statements) {

	static IngestOptions fromSystemProperties() {
		return new IngestOptions(Integer.getInteger("bench.events", 300_000), Integer.getInteger("bench.clients", 4),
				Integer.getInteger("bench.batch", 500), Integer.getInteger("bench.seconds", 120), Boolean.getBoolean("bench.statements"));
	}
}
