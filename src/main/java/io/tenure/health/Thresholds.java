package io.tenure.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Points by steps in ascending order: a value below the first step's bound gets its points, else a value
 * below the second's, and so on; the last step has no bound and takes every value left. A value equal
 * to a bound belongs to the next step: with steps below -50: 0, below -20: 50, else 100, the value -50
 * gets 50 points.
 */
public record Thresholds(List<Step> steps) implements Scoring {

	public Thresholds {
		steps = MeasureGroup.listOf(steps);
	}

	@Override
	public double points(double value) {
		for (Step step : steps) {
			if (step.below() == null || value < step.below()) {
				return step.points();
			}
		}
		throw new IllegalStateException("thresholds without a final step: " + steps);
	}

	/** Values below {@code below} (none for the final step) get {@code points}. */
	public record Step(@JsonInclude(JsonInclude.Include.NON_NULL) Double below,
			@JsonProperty(required = true) double points) {
	}
}
