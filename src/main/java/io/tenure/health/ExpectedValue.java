package io.tenure.health;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** What a property should have held, in words: "a number", "one of RED, YELLOW, GREEN", "a list". */
final class ExpectedValue {

	private ExpectedValue() {
	}

	static String of(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		if (type == String.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isRecord()) {
			return "an object with " + Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
					.collect(Collectors.joining(", "));
		}
		return "of another type";
	}
}
