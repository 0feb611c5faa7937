package io.tenure.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scorecards for tests, built by hand. */
final class Cards {

	private Cards() {
	}

	static Measure linear(String signal, double weight, double fromValue, double fromPoints, double toValue, double toPoints) {
		return new Measure(signal, weight, new Linear(new Linear.Point(fromValue, fromPoints), new Linear.Point(toValue, toPoints)));
	}

	/** Pairs of (below, points), then the final step's points. */
	static Measure steps(String signal, double weight, double... boundsAndPoints) {
		return new Measure(signal, weight, thresholds(boundsAndPoints));
	}

	static Thresholds thresholds(double... boundsAndPoints) {
		List<Thresholds.Step> steps = new ArrayList<>();
		for (int i = 0; i + 1 < boundsAndPoints.length; i += 2) {
			steps.add(new Thresholds.Step(boundsAndPoints[i], boundsAndPoints[i + 1]));
		}
		steps.add(new Thresholds.Step(null, boundsAndPoints[boundsAndPoints.length - 1]));
		return new Thresholds(steps);
	}

	static MeasureGroup group(String name, double weight, Measure... measures) {
		return new MeasureGroup(name, weight, List.of(measures));
	}

	static BandRange band(Band band, double from, double to) {
		return new BandRange(band, from, to);
	}

	/** RED [0, 40), YELLOW [40, 70), GREEN [70, 100]. */
	static List<BandRange> usualBands() {
		return List.of(band(Band.RED, 0, 40), band(Band.YELLOW, 40, 70), band(Band.GREEN, 70, 100));
	}

	static Scorecard card(List<BandRange> bands, MeasureGroup... groups) {
		return new Scorecard("Fixture", Applicability.ANY, bands, List.of(groups));
	}

	/**
	 * Usage 50 (logins_30d 50, linear 0-10 to 0-100 points; active_days_30d 30, linear 0-20 to 0-100;
	 * seat_use 20, below 0.5: 0, else 100), Mail 30 (email_open_rate_30d 50, linear 0-1 to 0-100;
	 * email_click_rate_30d 50, linear 0-0.1 to 0-100), Help 20 (kb_views_30d 100, below 1: 0, below 3: 50, else 100).
	 */
	static Scorecard fixture() {
		return card(usualBands(),
				group("Usage", 50, linear("logins_30d", 50, 0, 0, 10, 100), linear("active_days_30d", 30, 0, 0, 20, 100),
						steps("seat_use", 20, 0.5, 0, 100)),
				group("Mail", 30, linear("email_open_rate_30d", 50, 0, 0, 1, 100), linear("email_click_rate_30d", 50, 0, 0, 0.1, 100)),
				group("Help", 20, steps("kb_views_30d", 100, 1, 0, 3, 50, 100)));
	}

	/** Fixture values: logins 5 (50 points), active days 14 (70), seat use 0.6 (100), open 0.3 (30), click 0.05 (50), kb 2 (50). */
	static Map<String, Double> fixtureValues() {
		return Map.of("logins_30d", 5.0, "active_days_30d", 14.0, "seat_use", 0.6, "email_open_rate_30d", 0.3,
				"email_click_rate_30d", 0.05, "kb_views_30d", 2.0);
	}

	static Map<String, Double> without(Map<String, Double> values, String... signals) {
		Map<String, Double> copy = new HashMap<>(values);
		Set.of(signals).forEach(copy::remove);
		return copy;
	}
}
