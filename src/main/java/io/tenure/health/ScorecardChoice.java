package io.tenure.health;

import java.util.List;
import java.util.Optional;

/**
 * Which scorecard an account gets: of those that apply to its tier and stage, the most specific (one
 * naming both tier and stage beats one naming either, which beats one for all accounts); among equally
 * specific ones the first in priority order.
 */
public final class ScorecardChoice {

	private ScorecardChoice() {
	}

	/** The scorecard for an account of this tier and stage, if any applies. */
	public static Optional<Scorecard> choose(List<Scorecard> inPriorityOrder, String tier, String stage) {
		Scorecard chosen = null;
		for (Scorecard card : inPriorityOrder) {
			Applicability audience = card.appliesTo();
			if (audience.covers(tier, stage)
					&& (chosen == null || audience.specificity() > chosen.appliesTo().specificity())) {
				chosen = card;
			}
		}
		return Optional.ofNullable(chosen);
	}
}
