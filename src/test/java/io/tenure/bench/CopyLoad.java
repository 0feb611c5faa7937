package io.tenure.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * The yardstick: COPYs rows equivalent to what {@code /v1/batch} stores (fresh message ids, same
 * columns, resolved account and person ids) into events, in one stream, after a checkpoint.
 */
final class CopyLoad {

	/** Rows copied, wall time of the COPY alone, and the CPU used meanwhile. */
	record Result(long copied, double seconds, Cpu.Used cpu) {

		double rate() {
			return copied / seconds;
		}
	}

	private final BenchDatabase db;
	private final Instant received;
	private final long writeKeyId;

	CopyLoad(BenchDatabase db, Instant received, long writeKeyId) {
		this.db = db;
		this.received = received;
		this.writeKeyId = writeKeyId;
	}

	Result run(List<BenchEvents.Message> messages) throws Exception {
		Map<String, Long> people = db.externalIds("people");
		Map<String, Long> accounts = db.externalIds("accounts");
		byte[] copyData = rows(messages, people, accounts);
		db.checkpoint();
		Cpu cpu = Cpu.start();
		long started = System.nanoTime();
		long copied;
		try (Connection connection = db.connection()) {
			copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy events (message_id, type, name, account_id, person_id, user_id, anonymous_id, occurred_at, received_at,
					    properties, context, write_key_id) from stdin""", new ByteArrayInputStream(copyData));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(copied, seconds, cpu.stop());
	}

	/** The rows /v1/batch would store for these messages, as COPY text, with fresh message ids. */
	private byte[] rows(List<BenchEvents.Message> messages, Map<String, Long> people, Map<String, Long> accounts) {
		var out = new ByteArrayOutputStream(messages.size() * 600);
		String receivedAt = received.atOffset(ZoneOffset.UTC).toString();
		StringBuilder line = new StringBuilder(1024);
		for (BenchEvents.Message m : messages) {
			line.setLength(0);
			String userId = BenchEvents.userId(m.user());
			line.append("copy-").append(UUID.randomUUID()).append('\t').append(m.type()).append('\t').append(m.name()).append('\t')
				.append(accounts.get(BenchEvents.accountId(m.user() % BenchEvents.ACCOUNTS))).append('\t').append(people.get(userId))
				.append('\t').append(userId).append("\t\\N\t").append(m.at().atOffset(ZoneOffset.UTC)).append('\t').append(receivedAt)
				.append('\t').append(escape(m.properties())).append('\t').append(escape(m.context())).append('\t').append(writeKeyId)
				.append('\n');
			out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
