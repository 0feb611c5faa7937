package io.tenure.ingest.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** When an imported event happened: an ISO time with offset, or a date (its start, UTC); blank is now. */
final class EventTime {

	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private EventTime() {
	}

	static Instant parse(String text, Instant now) {
		if (text == null || text.isBlank()) {
			return now;
		}
		String value = text.trim();
		return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
				: OffsetDateTime.parse(value).toInstant();
	}
}
