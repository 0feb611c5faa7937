package io.tenure.health;

/** A saved segment has a name of reasonable length that no other segment has (regardless of case). */
final class SegmentNameRule implements SegmentRule {

	static final int MAX_LENGTH = 120;

	@Override
	public void check(SegmentDefinition definition, SegmentRules.Context context, Problems problems) {
		if (!context.saving()) {
			return;
		}
		String name = definition.name() == null ? "" : definition.name().trim();
		if (name.isEmpty()) {
			problems.add("name", "give the segment a name, for example \"Key accounts with falling logins\"");
		}
		else if (name.length() > MAX_LENGTH) {
			problems.add("name", "is " + name.length() + " characters long; keep it to " + MAX_LENGTH);
		}
		else if (context.nameTaken().test(name)) {
			problems.add("name", "a segment named \"" + name + "\" exists already; choose another name");
		}
	}
}
