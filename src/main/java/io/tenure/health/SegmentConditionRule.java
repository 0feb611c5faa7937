package io.tenure.health;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Each condition names a field the subject has, an operator that suits the field's type and a value of
 * the right kind; a problem names the part to fix and what would be right.
 */
final class SegmentConditionRule implements SegmentRule {

	static final int MAX_CONDITIONS = 50;

	@Override
	public void check(SegmentDefinition definition, SegmentRules.Context context, Problems problems) {
		List<SegmentCondition> conditions = definition.conditions();
		if (conditions.size() > MAX_CONDITIONS) {
			problems.add("conditions", "has " + conditions.size() + " conditions; keep it to " + MAX_CONDITIONS);
			return;
		}
		if (definition.subject() == null) {
			return;
		}
		for (int i = 0; i < conditions.size(); i++) {
			String path = "conditions[" + i + "]";
			SegmentCondition condition = conditions.get(i);
			if (condition == null) {
				problems.add(path, "is empty: remove it or give it a field, operator and value");
				continue;
			}
			var field = SegmentFields.find(definition.subject(), condition.field());
			if (field.isEmpty()) {
				problems.add(path + ".field", (condition.field() == null || condition.field().isBlank() ? "choose a field"
						: "'" + condition.field() + "' is not a field of " + definition.subject().name().toLowerCase())
						+ "; the fields are: " + SegmentFields.of(definition.subject()).stream().map(SegmentField::key)
							.collect(Collectors.joining(", ")));
				continue;
			}
			var operator = SegmentOperator.byToken(condition.operator()).filter(o -> field.get().operators().contains(o));
			if (operator.isEmpty()) {
				problems.add(path + ".operator", (condition.operator() == null || condition.operator().isBlank() ? "choose an operator"
						: "'" + condition.operator() + "' does not apply to " + field.get().key())
						+ "; use one of: " + field.get().operators().stream().map(SegmentOperator::token).collect(Collectors.joining(", ")));
				continue;
			}
			SegmentValue value = SegmentValue.read(path + ".value", field.get(), operator.get(), condition.givenValue(), context.staffExists());
			if (!value.valid()) {
				problems.add(value.problemPath(), value.problem());
			}
		}
	}
}
