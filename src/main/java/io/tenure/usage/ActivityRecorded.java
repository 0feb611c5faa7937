package io.tenure.usage;

import java.util.Set;

/**
 * Published inside the transaction that stored new activity (track, page, screen events): which
 * accounts and people it touched. Listeners that act after commit see it only if the events were kept.
 */
public record ActivityRecorded(Set<Long> accountIds, Set<Long> personIds) {

	public ActivityRecorded {
		accountIds = Set.copyOf(accountIds);
		personIds = Set.copyOf(personIds);
	}
}
