package io.tenure.health;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a signal's value turns into 0-100 points: by thresholds or along a line. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
		@JsonSubTypes.Type(value = Thresholds.class, name = "thresholds"),
		@JsonSubTypes.Type(value = Linear.class, name = "linear") })
public sealed interface Scoring permits Thresholds, Linear {

	/** The points for a value; the scoring must have passed {@link ScorecardRules}. */
	double points(double value);
}
