package io.tenure.demo.world;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The product's features, and how many of them an account has adopted by a day: two at first, up
 * to all eight over about four months with onboarding; without it two or three at most. A rising
 * account keeps adding; a fading one narrows to the few it still uses.
 */
final class Features {

	static final List<String> ALL = List.of("Dashboards", "Reports", "Workflows", "Integrations", "Alerts", "Segments",
			"Playbooks", "API");

	private final List<String> order;
	private final int ceiling;
	private final Trajectory trajectory;

	Features(Trajectory trajectory, Chance chance) {
		this.trajectory = trajectory;
		List<String> shuffled = new ArrayList<>(ALL.subList(2, ALL.size()));
		Collections.shuffle(shuffled, new Random(chance.between(0, Integer.MAX_VALUE - 1)));
		this.order = new ArrayList<>(ALL.subList(0, 2));
		this.order.addAll(shuffled);
		this.ceiling = !trajectory.onboarded() ? chance.between(2, 3)
				: trajectory.engagement() == Engagement.RISING ? ALL.size() : chance.between(5, 7);
	}

	/** Features in use on a day, given the account's level then. */
	int breadth(LocalDate day, double level) {
		double days = ChronoUnit.DAYS.between(trajectory.signedUpOn(), day);
		double grown = 2 + (ceiling - 2) * Math.min(1, days / (trajectory.onboarded() ? 120.0 : 300.0));
		return Math.max(1, Math.min(ceiling, (int) Math.round(grown * Math.min(1, 0.4 + level))));
	}

	/** One feature among the first {@code breadth}, the core ones more often. */
	String pick(int breadth, Chance chance) {
		return order.get(Math.min(breadth - 1, (int) (breadth * chance.unit() * chance.unit())));
	}
}
