package io.tenure.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The taxonomy's feature property by event name, kept in memory. Read only with the rollup deltas
 * locked (row exclusive), so no change of a feature property is under way (Taxonomy.map holds
 * them in share row exclusive mode from before it changes one until it commits). A change bumps
 * the generation twice, when it rebuilds the rollups and when its transaction has ended; in
 * between, and for a map loaded under an older generation, the table is read again.
 */
final class FeatureProperties {

	private record Loaded(long generation, Map<String, String> byName) {
	}

	private final JdbcClient db;
	private final AtomicLong generation = new AtomicLong();
	private final AtomicInteger changes = new AtomicInteger();
	private volatile Loaded loaded;

	FeatureProperties(JdbcClient db) {
		this.db = db;
	}

	Map<String, String> current() {
		long now = generation.get();
		Loaded cached = loaded;
		if (cached != null && cached.generation() == now && changes.get() == 0) {
			return cached.byName();
		}
		Map<String, String> byName = new HashMap<>();
		db.sql("select name, feature_property from event_names where feature_property is not null")
			.query((rs, n) -> byName.put(rs.getString(1), rs.getString(2))).list();
		if (changes.get() == 0) {
			loaded = new Loaded(now, Map.copyOf(byName));
		}
		return byName;
	}

	void changing() {
		changes.incrementAndGet();
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
					changes.decrementAndGet();
				}
			});
		}
		else {
			changes.decrementAndGet();
		}
	}
}
