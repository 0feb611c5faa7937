package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** When a person can show up in the data: from their first sighting (or the window's start) until their last one. */
record Presence(Instant from, Instant until) {

	static Presence of(DemoPerson person, Instant windowStart, Instant accountEnd) {
		Instant from = person.firstSeenAt().isAfter(windowStart) ? person.firstSeenAt() : windowStart;
		Instant last = person.lastSeenAt().plusSeconds(1);
		return new Presence(from, last.isBefore(accountEnd) ? last : accountEnd);
	}

	boolean empty() {
		return !from.isBefore(until);
	}

	boolean contains(Instant at) {
		return !at.isBefore(from) && at.isBefore(until);
	}

	LocalDate firstDay() {
		return LocalDate.ofInstant(from, ZoneOffset.UTC);
	}

	/** The day after the last day with any time in the presence. */
	LocalDate endDay() {
		return LocalDate.ofInstant(until.minusNanos(1), ZoneOffset.UTC).plusDays(1);
	}
}
