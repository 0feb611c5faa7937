package io.tenure.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.tenure.platform.InvalidInputException;

/** The day signals are read as of: today (UTC) when none is given; never a day still to come. */
public final class AsOfDay {

	private AsOfDay() {
	}

	public static LocalDate resolve(LocalDate requested, Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		if (requested == null) {
			return today;
		}
		if (requested.isAfter(today)) {
			throw new InvalidInputException("asOf", "must be today (" + today + ", UTC) or a past day; signals of days to come are not known");
		}
		if (requested.isBefore(LocalDate.of(2000, 1, 1))) {
			throw new InvalidInputException("asOf", "must be 2000-01-01 or later");
		}
		return requested;
	}
}
