package io.tenure.accounts.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.tenure.platform.InvalidInputException;

/** An {@code asOf} parameter: a date means the end of that day (UTC), a timestamp that moment. */
final class AsOf {

	private AsOf() {
	}

	static Instant parse(String value) {
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
			}
			return java.time.OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("asOf", "must be a date (2026-01-31) or a timestamp with offset (2026-01-31T12:00:00Z)");
		}
	}
}
