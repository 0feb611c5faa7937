package io.tenure.ingest;

import io.tenure.accounts.ObservedPeople;
import io.tenure.usage.PeopleSeen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When stored batches saw people who were known already (as {@link SightingPolicy} tells), written to
 * the people by the rollup follower, in its transaction: merged over the batches it applies, one
 * update a person, and no lock on people taken by the batches themselves.
 */
@Component
class Sightings {

	private final ObservedPeople people;

	Sightings(ObservedPeople people) {
		this.people = people;
	}

	@EventListener
	void seen(PeopleSeen seen) {
		people.seen(seen.first(), seen.last());
	}
}
