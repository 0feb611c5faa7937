package io.tenure.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.tenure.platform.InvalidInputException.FieldProblem;

/** The problems found in a scorecard, each at its JSON path ({@code groups[1].measures[0].signal}). */
final class Problems {

	private final List<FieldProblem> found = new ArrayList<>();

	void add(String field, String message) {
		found.add(new FieldProblem(field, message));
	}

	List<FieldProblem> list() {
		return List.copyOf(found);
	}

	static String group(int index) {
		return "groups[" + index + "]";
	}

	static String measure(int group, int index) {
		return group(group) + ".measures[" + index + "]";
	}

	/** Every measure that is there, with its path; empty groups and measures are reported by {@link NamingRule}. */
	static void eachMeasure(Scorecard card, BiConsumer<String, Measure> action) {
		for (int g = 0; g < card.groups().size(); g++) {
			MeasureGroup group = card.groups().get(g);
			for (int m = 0; group != null && m < group.measures().size(); m++) {
				if (group.measures().get(m) != null) {
					action.accept(measure(g, m), group.measures().get(m));
				}
			}
		}
	}

	/** 40 rather than 40.0, 99.9 rather than 99.89999999999999. */
	static String number(double value) {
		return Double.isFinite(value)
				? BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}
}
