package io.tenure.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A family of measures (Engagement, Adoption...) with its weight in the overall score (all add up to 100). */
public record MeasureGroup(String name, @JsonProperty(required = true) double weight, List<Measure> measures) {

	public MeasureGroup {
		measures = listOf(measures);
	}

	/** An unmodifiable copy that keeps empty entries, so that the rules can point at them. */
	static <T> List<T> listOf(List<T> values) {
		return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
	}
}
