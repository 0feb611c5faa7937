package io.tenure.health;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an account's signals turn into a 0-100 health score: weighted groups of weighted measures, and
 * the bands that colour the score. Build one through {@link ScorecardFormat} or check it with
 * {@link ScorecardRules} before scoring.
 */
public record Scorecard(String name, Applicability appliesTo, List<BandRange> bands, List<MeasureGroup> groups) {

	public Scorecard {
		appliesTo = appliesTo == null ? Applicability.ANY : appliesTo;
		bands = MeasureGroup.listOf(bands);
		groups = MeasureGroup.listOf(groups);
	}

	/**
	 * Scores an account from its signal values by key ({@code null} when a signal has no value). Missing
	 * weights are spread over what is there; see {@link HealthScore}.
	 */
	public HealthScore score(Function<String, Double> signalValues) {
		return ScoreCalculation.of(this, signalValues);
	}

	/** The band of a score, by the rule of {@link BandRange}. */
	public Optional<Band> bandFor(double score) {
		return bands.stream().filter(b -> b.contains(score)).map(BandRange::band).findFirst();
	}
}
