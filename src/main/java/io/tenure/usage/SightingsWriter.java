package io.tenure.usage;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Writes when stored batches saw people who were known already (the first and the last time, by
 * person id), in the rollup follower's transaction, without waiting for a person whose row another
 * transaction holds: those are returned, and tried again with the next deltas (so the follower,
 * holding the rollups, never waits for a request, which may be waiting for the follower).
 */
public interface SightingsWriter {

	/** Writes the sightings and returns the ids of the people it left because their rows are held. */
	Set<Long> write(Map<Long, Instant> first, Map<Long, Instant> last);
}
