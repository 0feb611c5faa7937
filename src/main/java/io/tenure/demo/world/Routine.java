package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tenure.accounts.PersonRole;

/**
 * One person's days at an account: on some days a session (a sign-in, pages, features used, now and
 * then a micro-conversion, an article, some content, a ticket, a password reset first), more often
 * the more the account uses the product. A ticket is followed by a session with success within days,
 * unless the person is stuck: then no feature use or micro-conversion for {@link Support#STUCK_DAYS}.
 */
final class Routine {

	private static final List<String> PAGES = List.of("Home", "Dashboard", "Accounts", "Reports", "Settings");
	private static final List<String> INTEGRATIONS = List.of("Salesforce", "HubSpot", "Slack", "Zendesk", "Jira");

	private final Tracker tracker;
	private final Momentum momentum;
	private final Features features;
	private final Support support;
	private final Library library = new Library();
	private final WorkingHours hours;
	private final Chance chance;
	private LocalDate stuckUntil;
	private LocalDate followUp;

	Routine(Tracker tracker, Momentum momentum, Features features, WorkingHours hours, Chance chance) {
		this.tracker = tracker;
		this.momentum = momentum;
		this.features = features;
		this.support = new Support(momentum);
		this.hours = hours;
		this.chance = chance;
	}

	void live(int index, DemoPerson person, Presence presence, Habit habit) {
		stuckUntil = null;
		followUp = null;
		for (LocalDate day = presence.firstDay(); day.isBefore(presence.endDay()); day = day.plusDays(1)) {
			double level = momentum.level(day);
			boolean owed = day.equals(followUp);
			if (owed || chance.of(Math.min(0.9, habit.propensity() * level * hours.rhythm(day)))) {
				new Session(index, person, presence, day, level, hours.during(day, chance)).run(owed);
			}
		}
	}

	private final class Session {

		private final int index;
		private final DemoPerson person;
		private final Presence presence;
		private final LocalDate day;
		private final double level;
		private Instant at;

		Session(int index, DemoPerson person, Presence presence, LocalDate day, double level, Instant at) {
			this.index = index;
			this.person = person;
			this.presence = presence;
			this.day = day;
			this.level = level;
			this.at = at;
		}

		void run(boolean owed) {
			if (chance.of(momentum.struggling(day) ? 0.1 : momentum.trajectory().onboarded() ? 0.008 : 0.02)) {
				track("Password Reset Requested", Map.of(), at.minusSeconds(chance.between(60, 900)));
			}
			track("Signed In", Map.of(), at);
			if (chance.of(0.3)) {
				tracker.page(index, person, presence, chance.pick(PAGES), next());
			}
			if (stuckUntil == null || !day.isBefore(stuckUntil)) {
				succeed(owed);
			}
			if (chance.of(support.articleOdds(day))) {
				track("Article Viewed", support.article(chance), next());
			}
			if (chance.of(0.025 * Math.min(1.5, level) * (person.role() == PersonRole.CHAMPION ? 2 : 1))) {
				Map<String, Object> content = library.pick(chance);
				track("Content Viewed", content, next());
				if (chance.of(0.35)) {
					track("Content Downloaded", content, next());
				}
			}
			if (chance.of(support.ticketOdds(day))) {
				ask();
			}
		}

		private void succeed(boolean owed) {
			boolean onboarded = momentum.trajectory().onboarded();
			int uses = owed || chance.of(onboarded ? 0.85 : 0.5) ? 1 : 0;
			while (uses > 0 && uses < 6 && chance.of(Math.min(0.4, 0.05 + 0.15 * level))) {
				uses++;
			}
			int breadth = features.breadth(day, level);
			for (int i = 0; i < uses; i++) {
				track("Feature Used", Map.of("feature", features.pick(breadth, chance)), next());
			}
			double keen = (onboarded && !momentum.silent() ? 1 : 0.3) * Math.min(1.5, level);
			if (chance.of(0.06 * keen)) {
				track("Report Created", Map.of("report", chance.pick(List.of("Pipeline", "Usage", "Renewals", "Team activity"))), next());
			}
			if (chance.of(0.005 * keen)) {
				track("Integration Connected", Map.of("integration", chance.pick(INTEGRATIONS)), next());
			}
			if (chance.of((person.role() == PersonRole.USER ? 0.004 : 0.02) * keen)) {
				track("User Invited", Map.of("invitedRole", "user"), next());
			}
		}

		private void ask() {
			boolean stuck = support.stuck(day, chance);
			Instant opened = next();
			Support.Ticket ticket = support.open(opened, stuck, chance);
			track("Ticket Created", ticket.properties(), opened);
			if (ticket.solvedAt() != null) {
				track("Ticket Solved", ticket.properties(), ticket.solvedAt());
			}
			if (stuck) {
				stuckUntil = day.plusDays(Support.STUCK_DAYS + 1);
			}
			else {
				followUp = day.plusDays(chance.between(1, 3));
			}
		}

		private Instant next() {
			at = at.plusSeconds(chance.between(20, 400));
			return at;
		}

		private void track(String event, Map<String, Object> properties, Instant when) {
			tracker.track(index, person, presence, event, properties, when);
		}
	}
}
