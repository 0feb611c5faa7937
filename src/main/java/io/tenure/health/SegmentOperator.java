package io.tenure.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a condition compares: each field type takes its own operators. */
public enum SegmentOperator {

	EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
	IS("is"), IS_NOT("is_not"), IN("in"), NOT_IN("not_in"),
	/** Has no value: no signal value, no band (not scored yet), no owner. */
	EMPTY("empty"), NOT_EMPTY("not_empty"),
	FIRING("firing"), NOT_FIRING("not_firing");

	private static final Map<String, SegmentOperator> ALIASES = Map.of("==", EQ, "<>", NE, "has_no_value", EMPTY,
			"has_value", NOT_EMPTY, "is_empty", EMPTY, "is_not_empty", NOT_EMPTY);

	private final String token;

	SegmentOperator(String token) {
		this.token = token;
	}

	/** As written in a definition. */
	public String token() {
		return token;
	}

	/** Whether the operator takes a value ({@code empty} does not). */
	public boolean takesValue() {
		return this != EMPTY && this != NOT_EMPTY;
	}

	/** Whether the value is a list. */
	public boolean takesList() {
		return this == IN || this == NOT_IN;
	}

	/** For a number: whether the value (null when there is none) stands in this relation to the expected one. */
	public boolean holds(Double actual, double expected) {
		return switch (this) {
			case EMPTY -> actual == null;
			case NOT_EMPTY -> actual != null;
			case EQ -> actual != null && actual == expected;
			case NE -> actual != null && actual != expected;
			case LT -> actual != null && actual < expected;
			case LE -> actual != null && actual <= expected;
			case GT -> actual != null && actual > expected;
			case GE -> actual != null && actual >= expected;
			default -> throw new IllegalStateException(this + " does not compare numbers");
		};
	}

	/** The operators a field of this type takes. */
	public static List<SegmentOperator> forType(SegmentField.Type type) {
		return switch (type) {
			case NUMBER -> List.of(EQ, NE, LT, LE, GT, GE, EMPTY, NOT_EMPTY);
			case CHOICE, TEXT, STAFF -> List.of(IS, IS_NOT, IN, NOT_IN, EMPTY, NOT_EMPTY);
			case INDICATOR -> List.of(FIRING, NOT_FIRING);
		};
	}

	/** By token ({@code <=}, {@code is_not}), any case, spaces for underscores ({@code not firing}). */
	public static Optional<SegmentOperator> byToken(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String token = text.trim().toLowerCase().replaceAll("\\s+", "_");
		for (SegmentOperator operator : values()) {
			if (operator.token.equals(token)) {
				return Optional.of(operator);
			}
		}
		return Optional.ofNullable(ALIASES.get(token));
	}
}
