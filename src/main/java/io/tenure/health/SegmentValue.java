package io.tenure.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Reads a condition's value for its field and operator: a number, a choice in its canonical spelling, a
 * text, a staff id, an indicator key, or a list of them for {@code in} (a JSON array, or a text with
 * commas as the form sends it). Either the value as stored or what to fix, at the path it applies to.
 */
record SegmentValue(JsonNode value, String problemPath, String problem) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	boolean valid() {
		return problem == null;
	}

	static SegmentValue read(String path, SegmentField field, SegmentOperator operator, JsonNode given, LongPredicate staffExists) {
		if (!operator.takesValue()) {
			return new SegmentValue(NullNode.instance, null, null);
		}
		if (given == null || (given.isTextual() && given.asText().isBlank())) {
			return new SegmentValue(null, path, "give a value: " + expected(field, operator));
		}
		if (!operator.takesList()) {
			return one(path, field, given, staffExists);
		}
		List<JsonNode> items = new ArrayList<>();
		if (given.isArray()) {
			given.forEach(items::add);
		}
		else if (given.isTextual()) {
			for (String part : given.asText().split(",")) {
				if (!part.isBlank()) {
					items.add(NODES.textNode(part.trim()));
				}
			}
		}
		else {
			return new SegmentValue(null, path, "give a list: " + expected(field, operator));
		}
		if (items.isEmpty()) {
			return new SegmentValue(null, path, "give at least one value: " + expected(field, operator));
		}
		ArrayNode list = NODES.arrayNode();
		for (int i = 0; i < items.size(); i++) {
			SegmentValue item = one(given.isArray() ? path + "[" + i + "]" : path, field, items.get(i), staffExists);
			if (!item.valid()) {
				return item;
			}
			list.add(item.value());
		}
		return new SegmentValue(list, null, null);
	}

	private static SegmentValue one(String path, SegmentField field, JsonNode given, LongPredicate staffExists) {
		String text = given.isValueNode() ? given.asText().trim() : null;
		return switch (field.type()) {
			case NUMBER -> {
				BigDecimal number = number(given);
				yield number == null ? new SegmentValue(null, path, "'" + shown(given) + "' is not a number; " + expected(field, null))
						: new SegmentValue(stored(number), null, null);
			}
			case CHOICE, INDICATOR -> {
				String found = text == null || given.isNumber() ? null
						: field.choices().stream().filter(c -> c.equalsIgnoreCase(text)).findFirst().orElse(null);
				yield found == null ? new SegmentValue(null, path, "'" + shown(given) + "' is not a known value; " + expected(field, null))
						: new SegmentValue(NODES.textNode(found), null, null);
			}
			case TEXT -> text == null || text.isEmpty() || !(given.isTextual() || given.isNumber())
					? new SegmentValue(null, path, "give a text, for example \"Fintech\"")
					: new SegmentValue(NODES.textNode(text), null, null);
			case STAFF -> {
				BigDecimal id = number(given);
				if (id == null || id.scale() > 0 || id.signum() <= 0 || id.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
					yield new SegmentValue(null, path, "'" + shown(given) + "' is not a staff id; give the id of a member of staff");
				}
				yield staffExists.test(id.longValue()) ? new SegmentValue(NODES.numberNode(id.longValue()), null, null)
						: new SegmentValue(null, path, "no member of staff has id " + id.toPlainString());
			}
		};
	}

	/** What the field takes, for messages. */
	static String expected(SegmentField field, SegmentOperator operator) {
		String one = switch (field.type()) {
			case NUMBER -> "a number, for example -30";
			case CHOICE, INDICATOR -> "one of " + String.join(", ", field.choices());
			case TEXT -> "a text";
			case STAFF -> "a staff id";
		};
		return operator != null && operator.takesList() ? "a list of " + one.replaceFirst("^(a|one of) ", "") : one;
	}

	private static BigDecimal number(JsonNode given) {
		try {
			BigDecimal value = given.isNumber() ? given.decimalValue()
					: given.isTextual() ? new BigDecimal(given.asText().trim().replace(',', '.')) : null;
			return value == null || !Double.isFinite(value.doubleValue()) ? null : value.stripTrailingZeros();
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Whole numbers stay whole (-30, not -30.0). */
	private static JsonNode stored(BigDecimal number) {
		return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) < 0
				? NODES.numberNode(number.longValue()) : NODES.numberNode(number.doubleValue());
	}

	private static String shown(JsonNode given) {
		String text = given.isValueNode() ? given.asText() : given.toString();
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
