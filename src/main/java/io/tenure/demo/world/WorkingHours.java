package io.tenure.demo.world;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When people at an account work: office hours in their country's time zone, most on weekdays,
 * a little at weekends.
 */
record WorkingHours(int utcOffset) {

	static final double WEEKEND = 0.08;

	static WorkingHours of(String country) {
		return new WorkingHours(switch (country) {
			case "US" -> -6;
			case "CA" -> -5;
			case "GB", "IE" -> 0;
			case "AU" -> 10;
			case "SG" -> 8;
			default -> 1;
		});
	}

	double rhythm(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? WEEKEND : 1.0;
	}

	/** A moment of the working day, the middle of the day more often than its edges. */
	Instant during(LocalDate day, Chance chance) {
		double hour = 8 + 10 * (chance.unit() + chance.unit()) / 2;
		return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) ((hour - utcOffset) * 3600));
	}
}
