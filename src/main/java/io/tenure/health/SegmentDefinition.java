package io.tenure.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A segment as its author defines it: a name, what it lists, and conditions that must all hold (match
 * ALL, the default) or of which one is enough (ANY). Checked whole by {@link SegmentRules} before it is
 * stored or evaluated.
 */
public record SegmentDefinition(String name, SegmentSubject subject, Match match, List<SegmentCondition> conditions) {

	/** How the conditions combine. */
	public enum Match {
		ALL, ANY;

		/** Any case; none is ALL. */
		@JsonCreator
		public static Match of(String name) {
			if (name == null || name.isBlank() || name.trim().equalsIgnoreCase("all")) {
				return ALL;
			}
			if (name.trim().equalsIgnoreCase("any")) {
				return ANY;
			}
			throw new IllegalArgumentException("match is ALL or ANY, not '" + name + "'");
		}
	}

	public SegmentDefinition {
		match = match == null ? Match.ALL : match;
		conditions = conditions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conditions));
	}
}
