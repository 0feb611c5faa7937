package io.tenure.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A checked definition as SQL: one boolean column per condition on stored data ({@code c0}, {@code c1},
 * never null) and the filter that combines them. Column expressions come from a fixed list by field key;
 * every value, and every signal key, is a bind parameter. A person's own signals come from their latest
 * stored signals ({@code ph}); a person with none stored shows the {@code :nothing} values.
 */
final class SegmentSql {

	private static final Map<String, String> COLUMNS = Map.ofEntries(
			Map.entry("tier", "a.tier"), Map.entry("lifecycle_stage", "a.lifecycle_stage"), Map.entry("owner", "a.owner_id"),
			Map.entry("industry", "a.industry"), Map.entry("country", "a.country"), Map.entry("plan", "a.plan"),
			Map.entry("score", "h.score::float8"), Map.entry("band", "h.band"), Map.entry("role", "p.role"),
			Map.entry("account_tier", "a.tier"), Map.entry("account_stage", "a.lifecycle_stage"), Map.entry("account_band", "h.band"),
			Map.entry("account_industry", "a.industry"));

	private final SegmentDefinition definition;
	private final List<String> flags = new ArrayList<>();
	private final Map<String, Object> params = new HashMap<>();
	private boolean stageUsed;

	SegmentSql(SegmentDefinition checked) {
		this.definition = checked;
		for (int i = 0; i < checked.conditions().size(); i++) {
			SegmentCondition c = checked.conditions().get(i);
			SegmentField field = SegmentFields.find(checked.subject(), c.field()).orElseThrow();
			stageUsed |= SegmentFields.isStage(field.key());
			flags.add("coalesce(" + predicate(i, field, SegmentOperator.byToken(c.operator()).orElseThrow(), c.givenValue()) + ", false)");
		}
	}

	/**
	 * The where clause: living accounts (churned ones only when a condition is on the stage), and the SQL
	 * conditions combined; with ANY and conditions left to Java, every candidate (Java decides).
	 */
	String where() {
		String living = definition.subject() == SegmentSubject.PEOPLE ? "(a.id is null or a.lifecycle_stage <> 'CHURNED')"
				: "a.lifecycle_stage <> 'CHURNED'";
		List<String> sql = flags.stream().filter(f -> f != null).toList();
		String combined;
		if (sql.isEmpty()) {
			combined = "true";
		}
		else {
			combined = "(" + String.join(definition.match() == SegmentDefinition.Match.ANY ? " or " : " and ", sql) + ")";
		}
		return (stageUsed ? "true" : living) + " and " + combined;
	}

	Map<String, Object> params() {
		return params;
	}

	/** SQL for a numeric field, for the figures of members. */
	String number(String key) {
		if (COLUMNS.containsKey(key)) {
			return COLUMNS.get(key);
		}
		String param = "key_" + key;
		params.put(param, key);
		if (definition.subject() == SegmentSubject.PEOPLE) {
			// a person without stored signals had no activity: zero counts, no rates (the :nothing values)
			return "(coalesce(ph.signals, cast(:nothing as jsonb)) ->> :" + param + ")::float8";
		}
		return "(h.signals ->> :" + param + ")::float8";
	}

	private String predicate(int i, SegmentField field, SegmentOperator operator, JsonNode value) {
		String v = "v" + i;
		if (field.type() == SegmentField.Type.INDICATOR) {
			params.put(v, value.asText());
			return operator == SegmentOperator.FIRING ? ":" + v + " = any(h.indicators)" : "not coalesce(:" + v + " = any(h.indicators), false)";
		}
		String x = field.signal() ? number(field.key()) : COLUMNS.get(field.key());
		boolean text = field.type() == SegmentField.Type.TEXT;
		if (text) {
			x = "lower(" + x + ")";
		}
		if (operator.takesValue()) {
			params.put(v, bind(field, value, text));
		}
		return switch (operator) {
			case EQ, IS -> x + " = :" + v;
			case NE -> x + " <> :" + v;
			case IS_NOT -> x + " is distinct from :" + v;
			case LT -> x + " < :" + v;
			case LE -> x + " <= :" + v;
			case GT -> x + " > :" + v;
			case GE -> x + " >= :" + v;
			case IN -> x + " = any(:" + v + ")";
			case NOT_IN -> "not coalesce(" + x + " = any(:" + v + "), false)";
			case EMPTY -> x + " is null";
			case NOT_EMPTY -> x + " is not null";
			case FIRING, NOT_FIRING -> throw new IllegalStateException(operator + " on " + field.key());
		};
	}

	private static Object bind(SegmentField field, JsonNode value, boolean text) {
		if (value.isArray()) {
			List<JsonNode> items = new ArrayList<>();
			value.forEach(items::add);
			return field.type() == SegmentField.Type.STAFF ? items.stream().map(JsonNode::asLong).toArray(Long[]::new)
					: items.stream().map(n -> text ? n.asText().toLowerCase() : n.asText()).toArray(String[]::new);
		}
		return switch (field.type()) {
			case NUMBER -> value.asDouble();
			case STAFF -> value.asLong();
			default -> text ? value.asText().toLowerCase() : value.asText();
		};
	}
}
