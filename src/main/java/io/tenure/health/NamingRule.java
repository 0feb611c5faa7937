package io.tenure.health;

/** A scorecard and each of its groups have a name; no group or measure is left empty. */
final class NamingRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		if (blank(card.name())) {
			problems.add("name", "give the scorecard a name, for example \"Key accounts\"");
		}
		for (int g = 0; g < card.groups().size(); g++) {
			MeasureGroup group = card.groups().get(g);
			if (group == null) {
				problems.add(Problems.group(g), "is empty: remove it or give it a name, weight and measures");
				continue;
			}
			if (blank(group.name())) {
				problems.add(Problems.group(g) + ".name", "give the group a name, for example \"Engagement\"");
			}
			for (int m = 0; m < group.measures().size(); m++) {
				if (group.measures().get(m) == null) {
					problems.add(Problems.measure(g, m), "is empty: remove it or give it a signal, weight and scoring");
				}
			}
		}
		for (int b = 0; b < card.bands().size(); b++) {
			if (card.bands().get(b) == null) {
				problems.add("bands[" + b + "]", "is empty: remove it or give it a band, from and to");
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
