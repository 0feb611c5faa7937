package io.tenure.demo;

import java.util.List;

import io.tenure.accounts.People;
import io.tenure.accounts.PersonDetails;
import io.tenure.demo.world.DemoPerson;

import org.springframework.stereotype.Component;

/** Adds the demo's people in large batches: one insert statement per person would take minutes at 130k. */
@Component
class PeopleImport {

	private static final int BATCH = 5_000;

	private final People people;

	PeopleImport(People people) {
		this.people = people;
	}

	int add(List<DemoPerson> demoPeople, List<Long> accountIds) {
		int added = 0;
		for (int from = 0; from < demoPeople.size(); from += BATCH) {
			added += people.createAll(demoPeople.subList(from, Math.min(from + BATCH, demoPeople.size())).stream()
				.map(p -> new PersonDetails(accountIds.get(p.accountIndex()), p.externalId(), p.email(), p.name(), p.title(), p.role(),
						p.firstSeenAt(), p.lastSeenAt(), null))
				.toList());
		}
		return added;
	}
}
