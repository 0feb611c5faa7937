package io.tenure.health;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Group weights are positive and add up to 100; so do the measure weights within each group. */
final class WeightRule implements ScorecardRule {

	/** 0.01, and a hair more for floating point: three weights of 33.33 add up to 99.99. */
	static final double TOLERANCE = 0.01 + 1e-9;

	@Override
	public void check(Scorecard card, Problems problems) {
		if (card.groups().isEmpty()) {
			problems.add("groups", "add at least one group of measures, for example Engagement with a weight of 100");
			return;
		}
		for (int g = 0; g < card.groups().size(); g++) {
			MeasureGroup group = card.groups().get(g);
			if (group == null) {
				continue;
			}
			positive(group.weight(), Problems.group(g) + ".weight", problems);
			if (group.measures().isEmpty()) {
				problems.add(Problems.group(g) + ".measures", "add at least one measure to group \"" + group.name() + "\"");
				continue;
			}
			for (int m = 0; m < group.measures().size(); m++) {
				Measure measure = group.measures().get(m);
				if (measure != null) {
					positive(measure.weight(), Problems.measure(g, m) + ".weight", problems);
				}
			}
			List<Measure> measures = group.measures().stream().filter(Objects::nonNull).toList();
			addUpTo100(measures.stream().map(m -> m.signal() + " " + Problems.number(m.weight())).toList(),
					measures.stream().mapToDouble(Measure::weight).sum(), Problems.group(g) + ".measures",
					"the measure weights of group \"" + group.name() + "\"", problems);
		}
		List<MeasureGroup> groups = card.groups().stream().filter(Objects::nonNull).toList();
		addUpTo100(groups.stream().map(g -> g.name() + " " + Problems.number(g.weight())).toList(),
				groups.stream().mapToDouble(MeasureGroup::weight).sum(), "groups", "the group weights", problems);
	}

	private static void positive(double weight, String field, Problems problems) {
		if (!(weight > 0 && Double.isFinite(weight))) {
			problems.add(field, "must be greater than 0, not " + Problems.number(weight) + "; remove what should not count");
		}
	}

	private static void addUpTo100(List<String> parts, double sum, String field, String what, Problems problems) {
		if (!(Math.abs(sum - 100) <= TOLERANCE)) {
			problems.add(field, what + " add up to " + Problems.number(sum) + " (" + parts.stream().collect(Collectors.joining(", "))
					+ ") but must add up to 100");
		}
	}
}
