package io.tenure.health;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What moved an account's score between two scores (last week's and today's): the factors with the
 * largest change in contribution, largest first. A contribution changes when the value changes and also
 * when another signal goes missing or comes back and the weights are spread anew.
 */
public record ScoreChange(Double previousScore, Double currentScore, List<Factor> factors) {

	private static final double UNCHANGED = 1e-9;

	public ScoreChange {
		factors = List.copyOf(factors);
	}

	/** The {@code top} factors that moved the score from {@code previous} to {@code current}. */
	public static ScoreChange between(HealthScore previous, HealthScore current, int top) {
		Map<String, MeasureScore> before = new LinkedHashMap<>();
		previous.measures().forEach(m -> before.put(m.signal(), m));
		Map<String, Factor> factors = new LinkedHashMap<>();
		for (MeasureScore now : current.measures()) {
			factors.put(now.signal(), Factor.of(Optional.ofNullable(before.get(now.signal())), Optional.of(now)));
		}
		before.values().stream().filter(m -> !factors.containsKey(m.signal()))
				.forEach(m -> factors.put(m.signal(), Factor.of(Optional.of(m), Optional.empty())));
		List<Factor> moved = factors.values().stream()
				.filter(f -> Math.abs(f.contributionChange()) > UNCHANGED)
				.sorted(Comparator.comparingDouble((Factor f) -> Math.abs(f.contributionChange())).reversed())
				.limit(top).toList();
		return new ScoreChange(previous.score(), current.score(), moved);
	}

	/** One signal's move: its values then and now and the signed change of its points in the score. */
	public record Factor(String group, String signal, Double previousValue, Double currentValue, double contributionChange) {

		static Factor of(Optional<MeasureScore> before, Optional<MeasureScore> now) {
			MeasureScore any = now.or(() -> before).orElseThrow();
			return new Factor(any.group(), any.signal(), before.map(MeasureScore::value).orElse(null),
					now.map(MeasureScore::value).orElse(null),
					now.map(MeasureScore::contribution).orElse(0.0) - before.map(MeasureScore::contribution).orElse(0.0));
		}
	}
}
