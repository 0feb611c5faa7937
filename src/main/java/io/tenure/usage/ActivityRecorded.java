package io.tenure.usage;

import java.util.Set;

/**
 * Published inside the transaction that added activity (track, page, screen events) to the rollups:
 * which accounts and people it touched. Listeners that act after commit see it only if it was kept.
 */
public record ActivityRecorded(Set<Long> accountIds, Set<Long> personIds) {

	public ActivityRecorded {
		accountIds = Set.copyOf(accountIds);
		personIds = Set.copyOf(personIds);
	}
}
