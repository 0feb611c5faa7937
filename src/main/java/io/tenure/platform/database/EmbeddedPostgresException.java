package io.tenure.platform.database;

/** The embedded PostgreSQL could not be prepared or started; the message says why and what to do. */
class EmbeddedPostgresException extends RuntimeException {

	EmbeddedPostgresException(String message, Throwable cause) {
		super(message, cause);
	}
}
