package io.tenure.demo.world;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CS team's newsletter, every other Tuesday to every person at a customer. Engaged accounts open
 * it more and click more; silent ones hardly ever (seed S7: open and click rates).
 */
final class Newsletter {

	static final int EVERY_DAYS = 14;

	private final Tracker tracker;
	private final Momentum momentum;
	private final Chance chance;

	Newsletter(Tracker tracker, Momentum momentum, Chance chance) {
		this.tracker = tracker;
		this.momentum = momentum;
		this.chance = chance;
	}

	/** The days of the issues sent from {@code from} until before {@code today}. */
	static List<LocalDate> issues(LocalDate from, LocalDate today) {
		List<LocalDate> issues = new ArrayList<>();
		for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)); day.isBefore(today);
				day = day.plusDays(EVERY_DAYS)) {
			issues.add(day);
		}
		return issues;
	}

	void send(int index, DemoPerson person, Presence presence, Habit habit, List<LocalDate> issues) {
		for (LocalDate issue : issues) {
			Instant sent = issue.atTime(14, 0).toInstant(ZoneOffset.UTC).plusSeconds(index * 7L);
			if (!presence.contains(sent)) {
				continue;
			}
			Map<String, Object> mail = Map.of("campaign", "Customer newsletter " + issue, "list", "Customer newsletter");
			tracker.track(index, person, presence, "Email Delivered", mail, sent);
			double level = Math.min(1.4, momentum.level(issue));
			double opens = momentum.silent() ? 0.05 : Math.max(0.03, Math.min(0.8, 0.04 + 0.36 * level * level * habit.mailAffinity()));
			if (chance.of(opens)) {
				Instant opened = sent.plusSeconds((long) (chance.unit() * chance.unit() * 48 * 3600) + 60);
				tracker.track(index, person, presence, "Email Opened", mail, opened);
				if (chance.of(0.08 + 0.22 * level)) {
					tracker.track(index, person, presence, "Email Link Clicked", mail, opened.plusSeconds(chance.between(5, 600)));
				}
			}
		}
	}
}
