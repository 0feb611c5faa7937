package io.tenure.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tenure.demo.world.DemoActivity;
import io.tenure.demo.world.DemoPerson;
import io.tenure.demo.world.DemoWorld;
import io.tenure.ingest.Call;
import io.tenure.ingest.Ingestion;

import org.springframework.stereotype.Component;

/**
 * Writes the world's 12 months of product data through the same ingestion as the tracking API, so
 * people, accounts, events and rollups are exactly what real calls would give. Calls go in chunks of
 * the tracking API's batch limit, account after account; each account's calls are generated only
 * when its turn comes, so memory stays flat.
 */
@Component
class ProductEvents {

	static final int CHUNK = 2_500;

	private final Ingestion ingestion;

	ProductEvents(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	/** Returns how many events were stored (repeated message ids are not stored again). */
	long write(DemoWorld world) {
		long stored = 0;
		List<Call> chunk = new ArrayList<>(CHUNK * 2);
		for (Map.Entry<Integer, List<DemoPerson>> people : world.peopleByAccount().entrySet()) {
			chunk.addAll(DemoActivity.of(world, world.accounts().get(people.getKey()), people.getValue()));
			while (chunk.size() >= CHUNK) {
				stored += ingestion.ingest(chunk.subList(0, CHUNK), null);
				chunk = new ArrayList<>(chunk.subList(CHUNK, chunk.size()));
			}
		}
		if (!chunk.isEmpty()) {
			stored += ingestion.ingest(chunk, null);
		}
		return stored;
	}
}
