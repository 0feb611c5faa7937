package io.tenure.health;

import java.util.List;
import java.util.Set;

/** A scorecard applies to known tiers and lifecycle stages. */
final class AudienceRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		known(card.appliesTo().tiers(), Applicability.TIERS, "appliesTo.tiers", "tier", problems);
		known(card.appliesTo().stages(), Applicability.STAGES, "appliesTo.stages", "stage", problems);
	}

	private static void known(Set<String> used, List<String> known, String field, String what, Problems problems) {
		for (String value : used) {
			if (!known.contains(value)) {
				problems.add(field, "unknown " + what + " \"" + value + "\"; use " + String.join(", ", known)
						+ ", or leave the list empty for any " + what);
			}
		}
	}
}
