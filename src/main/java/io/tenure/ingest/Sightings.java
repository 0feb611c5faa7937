package io.tenure.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.tenure.accounts.ObservedPeople;
import io.tenure.usage.SightingsWriter;

import org.springframework.stereotype.Component;

/**
 * When stored batches saw people who were known already (as {@link SightingPolicy} tells), written to
 * the people by the rollup follower, in its transaction: merged over the batches it applies, one
 * update a person, no lock on people taken by the batches themselves, and none waited for.
 */
@Component
class Sightings implements SightingsWriter {

	private final ObservedPeople people;

	Sightings(ObservedPeople people) {
		this.people = people;
	}

	@Override
	public Set<Long> write(Map<Long, Instant> first, Map<Long, Instant> last) {
		return people.seenUnlessHeld(first, last);
	}
}
