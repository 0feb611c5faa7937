package io.tenure.health;

import java.util.List;
import java.util.Map;

/**
 * One member of a segment with its key figures: the numbers its conditions test (signal values, score),
 * by field key.
 */
public sealed interface SegmentMember {

	long id();

	Map<String, Double> figures();

	/** An account; score and band null when it has not been scored. */
	record Account(long id, String name, String tier, String lifecycleStage, String ownerName, Double score, Band band,
			List<String> indicators, Map<String, Double> figures) implements SegmentMember {
	}

	/** A person, with their account (null when they belong to none). */
	record Person(long id, String name, String email, String role, Long accountId, String accountName, String accountTier,
			Band accountBand, Map<String, Double> figures) implements SegmentMember {
	}
}
