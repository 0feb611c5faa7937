package io.tenure.health;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One condition of a segment: a field (an account field, a signal key, {@code indicator}), an operator
 * that suits the field's type and a value: a number, a text, a list of texts for {@code in}, nothing for
 * {@code empty}. For example {@code {"field": "login_trend", "operator": "<=", "value": -30}}.
 */
public record SegmentCondition(String field, String operator, JsonNode value) {

	/** The value, or null when there is none (absent or JSON null). */
	public JsonNode givenValue() {
		return value == null || value.isNull() || value.isMissingNode() ? null : value;
	}
}
