package io.tenure.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a checked scorecard. A missing measure's weight goes to the other measures of its group in
 * proportion to their weights; a group without any value gives its weight to the other groups the same
 * way. Values that are not finite numbers count as missing.
 */
final class ScoreCalculation {

	private ScoreCalculation() {
	}

	static HealthScore of(Scorecard card, Function<String, Double> signalValues) {
		Map<String, Double> values = new HashMap<>();
		card.groups().forEach(g -> g.measures().forEach(m -> values.put(m.signal(), finite(signalValues.apply(m.signal())))));
		double groupsPresent = card.groups().stream().filter(g -> presentWeight(g, values) > 0)
				.mapToDouble(MeasureGroup::weight).sum();
		List<MeasureScore> measures = new ArrayList<>();
		for (MeasureGroup group : card.groups()) {
			double groupShare = group.weight() / groupsPresent;
			double measuresPresent = presentWeight(group, values);
			for (Measure measure : group.measures()) {
				Double value = values.get(measure.signal());
				double nominal = group.weight() * measure.weight() / 100;
				measures.add(value == null ? new MeasureScore(group.name(), measure.signal(), null, null, nominal, 0)
						: new MeasureScore(group.name(), measure.signal(), value, measure.scoring().points(value), nominal,
								100 * groupShare * measure.weight() / measuresPresent));
			}
		}
		List<String> missing = measures.stream().filter(MeasureScore::missing).map(MeasureScore::signal).toList();
		if (groupsPresent == 0) {
			return new HealthScore(null, null, measures, missing);
		}
		double score = oneDecimal(measures.stream().mapToDouble(MeasureScore::contribution).sum());
		return new HealthScore(score, card.bandFor(score).orElse(null), measures, missing);
	}

	private static double presentWeight(MeasureGroup group, Map<String, Double> values) {
		return group.measures().stream().filter(m -> values.get(m.signal()) != null).mapToDouble(Measure::weight).sum();
	}

	private static Double finite(Double value) {
		return value == null || !Double.isFinite(value) ? null : value;
	}

	/** Half up, after dropping floating-point noise below the ninth decimal (62.4999999999 is 62.5). */
	static double oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}
}
