package io.tenure.usage;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Event name to category, key event (micro-conversion) and feature property. Categories are read
 * through this table, so a remap applies to past events; a changed feature property rebuilds that
 * name's rollup rows, which are keyed by feature (ingestion waits for it: two passes over the events).
 */
@Repository
public class Taxonomy {

	private final JdbcClient db;
	private final Rollups rollups;
	private final ApplicationEventPublisher publisher;

	Taxonomy(JdbcClient db, Rollups rollups, ApplicationEventPublisher publisher) {
		this.db = db;
		this.rollups = rollups;
		this.publisher = publisher;
	}

	public List<EventName> names() {
		return db.sql("select * from event_names order by events desc, name").query((rs, n) -> new EventName(rs.getString("name"),
				EventCategory.valueOf(rs.getString("category")), rs.getBoolean("key_event"), rs.getString("feature_property"),
				rs.getLong("events"), instant(rs.getObject("first_seen_at", OffsetDateTime.class)),
				instant(rs.getObject("last_seen_at", OffsetDateTime.class)), rs.getString("example"))).list();
	}

	/** The event names the taxonomy puts in a category now. */
	public java.util.Set<String> namesIn(EventCategory category) {
		return new java.util.HashSet<>(db.sql("select name from event_names where category = ?").param(category.name())
			.query(String.class).list());
	}

	@Transactional
	public void map(String name, EventCategory category, boolean keyEvent, String featureProperty) {
		String property = featureProperty == null || featureProperty.isBlank() ? null : featureProperty.trim();
		String before = db.sql("select feature_property from event_names where name = ?").param(name).query(String.class)
			.optional().orElse(null);
		boolean rekey = !java.util.Objects.equals(before, property);
		if (rekey) {
			// batches that have counted with the old property commit first (and their deltas are applied by
			// rebuildName), those that have not wait; then the rollups, as the follower and adoptions write them
			// (before the name's row, which the follower writes after the rollups)
			db.sql("lock table rollup_deltas in share row exclusive mode").update();
			db.sql("lock table account_daily_events, person_daily_events in share row exclusive mode").update();
		}
		db.sql("""
				insert into event_names (name, category, key_event, feature_property) values (?, ?, ?, ?)
				on conflict (name) do update set category = excluded.category, key_event = excluded.key_event,
				    feature_property = excluded.feature_property""")
			.params(name, category.name(), keyEvent, property).update();
		if (rekey) {
			rollups.rebuildName(name);
		}
		publisher.publishEvent(new TaxonomyChanged(name));
	}

	private static java.time.Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
