package io.tenure.usage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/** Events written with COPY, in the caller's transaction: how ingestion stores a batch. */
final class EventCopy {

	private static final String COPY = """
			copy events (message_id, type, name, account_id, person_id, user_id, anonymous_id, occurred_at, received_at,
			    properties, context, write_key_id) from stdin""";

	private EventCopy() {
	}

	/**
	 * The rows written with COPY (text format) on the transaction's connection: PostgreSQL reads them
	 * without the arrays and casts of an insert from unnest, and writes them to the table in bulk.
	 */
	static void write(DataSource dataSource, List<NewEvent> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 512);
		for (NewEvent e : rows) {
			field(text, e.messageId()).append('\t');
			text.append(e.type().wire()).append('\t');
			field(text, e.name()).append('\t');
			number(text, e.accountId()).append('\t');
			number(text, e.personId()).append('\t');
			field(text, e.userId()).append('\t');
			field(text, e.anonymousId()).append('\t');
			text.append(EventStore.text(e.occurredAt())).append('\t').append(EventStore.text(e.receivedAt())).append('\t');
			field(text, e.properties()).append('\t');
			field(text, e.context()).append('\t');
			number(text, e.writeKeyId()).append('\n');
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			catch (SQLException | RuntimeException e) {
				if (copy.isActive()) {
					try {
						copy.cancelCopy();
					}
					catch (SQLException | RuntimeException cancel) {
						e.addSuppressed(cancel);
					}
				}
				throw e;
			}
		}
		catch (SQLException e) {
			DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("copy events", COPY, e);
			throw translated != null ? translated : new UncategorizedSQLException("copy events", COPY, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** A text field of COPY's text format: null as \N, the backslash, tab and line breaks escaped. */
	private static StringBuilder field(StringBuilder into, String value) {
		if (value == null) {
			return into.append("\\N");
		}
		int from = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				into.append(value, from, i).append('\\').append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
				from = i + 1;
			}
		}
		return into.append(value, from, value.length());
	}

	private static StringBuilder number(StringBuilder into, Long value) {
		return value == null ? into.append("\\N") : into.append(value.longValue());
	}
}
