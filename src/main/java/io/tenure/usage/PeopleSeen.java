package io.tenure.usage;

import java.time.Instant;
import java.util.Map;

/**
 * Published inside the follower's transaction that applies stored batches: when they saw people who
 * were known already (the first and the last time, by person id). A listener that writes them does so
 * in that transaction.
 */
public record PeopleSeen(Map<Long, Instant> first, Map<Long, Instant> last) {

	public PeopleSeen {
		first = Map.copyOf(first);
		last = Map.copyOf(last);
	}
}
