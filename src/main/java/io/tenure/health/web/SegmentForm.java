package io.tenure.health.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tenure.health.SegmentCondition;
import io.tenure.health.SegmentDefinition;
import io.tenure.health.SegmentSubject;

import org.springframework.util.MultiValueMap;

/**
 * The filter builder's form: name, subject, match, and one row per condition sent as repeated
 * {@code field}, {@code operator} and {@code value} parameters (each row sends all three, in order).
 */
record SegmentForm(String name, SegmentSubject subject, String match, List<Row> rows) {

	record Row(String field, String operator, String value) {
	}

	static SegmentForm from(MultiValueMap<String, String> params) {
		List<String> fields = params.getOrDefault("field", List.of());
		List<String> operators = params.getOrDefault("operator", List.of());
		List<String> values = params.getOrDefault("value", List.of());
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			rows.add(new Row(fields.get(i), i < operators.size() ? operators.get(i) : null, i < values.size() ? values.get(i) : null));
		}
		SegmentSubject subject = SegmentSubject.of(params.getFirst("subject"));
		return new SegmentForm(params.getFirst("name"), subject == null ? SegmentSubject.ACCOUNTS : subject, params.getFirst("match"), rows);
	}

	static SegmentForm of(SegmentDefinition definition) {
		return new SegmentForm(definition.name(), definition.subject(), definition.match().name(), definition.conditions().stream()
			.map(c -> new Row(c.field(), c.operator(), c.givenValue() == null ? "" : c.givenValue().isArray()
					? String.join(", ", toTexts(c)) : c.givenValue().asText()))
			.toList());
	}

	SegmentDefinition definition() {
		SegmentDefinition.Match how = "ANY".equalsIgnoreCase(match) ? SegmentDefinition.Match.ANY : SegmentDefinition.Match.ALL;
		return new SegmentDefinition(name, subject, how, rows.stream()
			.map(r -> new SegmentCondition(r.field(), r.operator(),
					r.value() == null || r.value().isBlank() ? null : JsonNodeFactory.instance.textNode(r.value())))
			.toList());
	}

	private static List<String> toTexts(SegmentCondition c) {
		List<String> out = new ArrayList<>();
		c.givenValue().forEach(v -> out.add(v.asText()));
		return out;
	}
}
