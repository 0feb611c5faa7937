package io.tenure.demo.world;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Tier;

/**
 * The people at an account: more at bigger companies and far more at KEY accounts; one admin, one or
 * two champions, the rest users. They arrive mostly soon after signup and were last seen recently,
 * or before the churn date.
 */
final class Workforce {

	private final Set<String> externalIds = new HashSet<>();

	static int headcount(Tier tier, int employees, Chance chance) {
		double typical = switch (tier) {
			case STANDARD -> 3 + employees / 22.0;
			case LARGE -> 9 + employees / 65.0;
			case KEY -> 32 + employees / 550.0;
		};
		return Math.max(2, (int) Math.round(typical * chance.between(0.75, 1.25)));
	}

	List<DemoPerson> people(int accountIndex, String domain, Tier tier, int employees, Trajectory t, LocalDate today,
			Chance chance) {
		int count = headcount(tier, employees, chance);
		int champions = count >= 8 && chance.of(0.5) ? 2 : 1;
		Instant until = t.activeUntil(today).atStartOfDay().toInstant(ZoneOffset.UTC);
		long activeDays = Math.max(1, ChronoUnit.DAYS.between(t.signedUpAt(), until));
		Set<String> emails = new HashSet<>();
		List<DemoPerson> people = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			PersonRole role = i == 0 ? PersonRole.ADMIN : i <= champions ? PersonRole.CHAMPION : PersonRole.USER;
			String first = PersonNames.first(chance);
			String last = PersonNames.last(chance);
			String local = PersonNames.emailLocalPart(first, last);
			String email = local + "@" + domain;
			for (int n = 2; !emails.add(email); n++) {
				email = local + n + "@" + domain;
			}
			// Most join in the first months; the admin is there from the signup.
			double arrival = i == 0 ? 0 : StrictMath.pow(chance.unit(), 2) * Math.min(activeDays - 1, 365);
			Instant firstSeen = t.signedUpAt().plus(Duration.ofMinutes((long) (arrival * 24 * 60)));
			int quiet = t.churned() ? chance.between(1, 45) : t.engagement() == Engagement.DECLINING ? chance.between(1, 60)
					: chance.between(1, 14);
			Instant lastSeen = until.minus(Duration.ofDays(quiet)).plus(Duration.ofMinutes(chance.between(0, 24 * 60 - 1)));
			people.add(new DemoPerson(accountIndex, externalId(chance), email, first + " " + last, Titles.title(role, chance), role,
					firstSeen, lastSeen.isBefore(firstSeen) ? firstSeen : lastSeen));
		}
		return people;
	}

	private String externalId(Chance chance) {
		String id;
		do {
			id = "usr_" + chance.token(12);
		}
		while (!externalIds.add(id));
		return id;
	}
}
