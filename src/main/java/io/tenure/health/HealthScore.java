package io.tenure.health;

import java.util.List;
import java.util.Optional;

/**
 * An account's health: the score 0-100 rounded to one decimal and its band, or neither when no signal of
 * the scorecard has a value; the measures that explain it and the signals that had no value.
 */
public record HealthScore(Double score, Band band, List<MeasureScore> measures, List<String> missingSignals) {

	public HealthScore {
		measures = List.copyOf(measures);
		missingSignals = List.copyOf(missingSignals);
	}

	public Optional<MeasureScore> measure(String signal) {
		return measures.stream().filter(m -> m.signal().equals(signal)).findFirst();
	}

	public boolean scored() {
		return score != null;
	}
}
