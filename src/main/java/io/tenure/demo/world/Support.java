package io.tenure.demo.world;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Tickets and the knowledge base for one person. Most tickets end in success: the person comes back
 * within days and uses the product. At a struggling account most do not (seed S3): nothing useful
 * happens for more than a week after the ticket. Silent accounts never ask (seed S15).
 */
final class Support {

	static final int STUCK_DAYS = 8;
	private static final String[] ARTICLES = { "getting-started", "invite-your-team", "build-a-dashboard", "connect-salesforce",
			"schedule-reports", "set-up-alerts", "api-keys", "single-sign-on", "export-data", "billing-faq" };

	private final Momentum momentum;
	private int tickets;

	Support(Momentum momentum) {
		this.momentum = momentum;
	}

	double articleOdds(LocalDate day) {
		if (momentum.silent()) {
			return 0;
		}
		return momentum.struggling(day) ? 0.02 : momentum.trajectory().engagement() == Engagement.RISING ? 0.13 : 0.1;
	}

	double ticketOdds(LocalDate day) {
		if (momentum.silent()) {
			return 0;
		}
		return momentum.struggling(day) ? 0.08 : momentum.trajectory().onboarded() ? 0.02 : 0.03;
	}

	/** Whether the person who opened a ticket that day gets stuck rather than helped. */
	boolean stuck(LocalDate day, Chance chance) {
		return chance.of(momentum.struggling(day) ? 0.8 : momentum.trajectory().onboarded() ? 0.08 : 0.35);
	}

	Map<String, Object> article(Chance chance) {
		return Map.of("article", ARTICLES[(int) (ARTICLES.length * chance.unit() * chance.unit())]);
	}

	/** Opens a ticket at {@code at}; the caller decides what follows. Returns its properties and when it is solved. */
	Ticket open(Instant at, boolean stuck, Chance chance) {
		Map<String, Object> properties = Map.of("ticketId", "T-" + (++tickets), "channel", chance.of(0.7) ? "email" : "chat");
		Duration toSolve = Duration.ofMinutes(stuck ? chance.between(6 * 60, 9 * 24 * 60) : chance.between(30, 2 * 24 * 60));
		return new Ticket(properties, stuck && chance.of(0.25) ? null : at.plus(toSolve));
	}

	record Ticket(Map<String, Object> properties, Instant solvedAt) {
	}
}
