package io.tenure.demo.world;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How strongly an account uses the product on a day, around 1 for a healthy one: it ramps up after
 * the signup, then follows the trajectory. RISING grows from half to one and a half over the window;
 * DECLINING falls to a fifth over its last 100-160 days; a churned account fades out over its last
 * weeks; a silent one (seed S15) barely moves at all.
 *
 * @param start the first day with activity in the window
 * @param end the first day without activity: the churn date, or today
 * @param vigor the account's own level
 * @param declineFrom where a DECLINING account starts to fall
 * @param fadeDays how many days before its churn an account starts to go quiet
 */
record Momentum(Trajectory trajectory, LocalDate start, LocalDate end, double vigor, boolean silent, LocalDate declineFrom,
		int fadeDays) {

	static Momentum draw(Trajectory t, LocalDate windowStart, LocalDate today, Chance chance) {
		LocalDate start = t.signedUpOn().isAfter(windowStart) ? t.signedUpOn() : windowStart;
		LocalDate end = t.activeUntil(today);
		double silentOdds = !t.onboarded() ? 0.14 : t.engagement() == Engagement.DECLINING ? 0.06 : 0.01;
		boolean silent = chance.of(silentOdds);
		double vigor = silent ? chance.between(0.08, 0.16) : t.onboarded() ? chance.between(0.75, 1.2) : chance.between(0.4, 0.7);
		return new Momentum(t, start, end, vigor, silent, end.minusDays(chance.between(100, 160)), chance.between(21, 42));
	}

	double level(LocalDate day) {
		double age = ChronoUnit.DAYS.between(trajectory.signedUpOn(), day);
		double level = vigor * Math.min(1, 0.4 + age / 45.0) * switch (trajectory.engagement()) {
			case RISING -> 0.5 + progress(start, day);
			case STEADY -> 1.0;
			case DECLINING -> 1.0 - 0.8 * progress(declineFrom, day);
		};
		long left = ChronoUnit.DAYS.between(day, end);
		if (trajectory.churned() && left < fadeDays) {
			level *= 0.1 + 0.9 * left / fadeDays;
		}
		return level;
	}

	/** Whether a DECLINING account is in its fall on that day: its people struggle. */
	boolean struggling(LocalDate day) {
		return trajectory.engagement() == Engagement.DECLINING && !day.isBefore(declineFrom);
	}

	/** From 0 on {@code from} to 1 on the last active day. */
	private double progress(LocalDate from, LocalDate day) {
		long span = ChronoUnit.DAYS.between(from, end);
		return span <= 0 ? 1 : Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(from, day) / span));
	}
}
