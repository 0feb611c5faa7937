package io.tenure.health;

import java.time.LocalDate;
import java.util.List;

import io.tenure.signals.IndicatorFinding;
import io.tenure.signals.SignalValues;

/**
 * An account's health as of a day, explaining itself: the scorecard used, the score with every
 * measure's value, points and weights, what moved it since a week before, and the indicators firing.
 */
public record HealthExplanation(long accountId, LocalDate asOf, String scorecard, HealthScore score, HealthScore weekBefore,
		ScoreChange change, SignalValues signals, List<IndicatorFinding> findings) {

	/** Points gained (positive) or lost since a week before; null when either has no score. */
	public Double weekChange() {
		return score.score() == null || weekBefore.score() == null ? null
				: Math.round((score.score() - weekBefore.score()) * 10) / 10.0;
	}

	/** UP, DOWN or FLAT (within a point), for the trend arrow; null without both scores. */
	public String trend() {
		Double change = weekChange();
		return change == null ? null : change >= 1 ? "UP" : change <= -1 ? "DOWN" : "FLAT";
	}
}
