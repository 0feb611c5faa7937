package io.tenure.health;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which accounts a scorecard is for: tiers (STANDARD, LARGE, KEY) and lifecycle stages (TRIAL,
 * ONBOARDING, ADOPTION, MATURE, CHURNED). An empty set means any.
 */
public record Applicability(Set<String> tiers, Set<String> stages) {

	public static final Applicability ANY = new Applicability(Set.of(), Set.of());

	static final List<String> TIERS = List.of("STANDARD", "LARGE", "KEY");

	static final List<String> STAGES = List.of("TRIAL", "ONBOARDING", "ADOPTION", "MATURE", "CHURNED");

	public Applicability {
		tiers = ordered(tiers);
		stages = ordered(stages);
	}

	/** Whether an account of this tier and stage may use the scorecard. */
	public boolean covers(String tier, String stage) {
		return (tiers.isEmpty() || tiers.contains(tier)) && (stages.isEmpty() || stages.contains(stage));
	}

	/** How many of tier and stage the scorecard names: 2 beats 1 beats 0 (applies to all). */
	public int specificity() {
		return (tiers.isEmpty() ? 0 : 1) + (stages.isEmpty() ? 0 : 1);
	}

	private static Set<String> ordered(Set<String> values) {
		return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}
}
