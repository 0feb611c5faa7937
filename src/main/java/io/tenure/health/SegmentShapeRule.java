package io.tenure.health;

/** A segment says what it lists, and a saved one has at least one condition. */
final class SegmentShapeRule implements SegmentRule {

	@Override
	public void check(SegmentDefinition definition, SegmentRules.Context context, Problems problems) {
		if (definition.subject() == null) {
			problems.add("subject", "say what the segment lists: ACCOUNTS or PEOPLE");
		}
		if (context.saving() && definition.conditions().isEmpty()) {
			problems.add("conditions", "add at least one condition, for example {\"field\": \"tier\", \"operator\": \"is\", \"value\": \"KEY\"}");
		}
	}
}
