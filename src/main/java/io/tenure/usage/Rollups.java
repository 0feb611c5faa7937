package io.tenure.usage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily counts of activity (track, page, screen) per account and per person, by event name and, for
 * events that name a feature, by feature. One SQL statement per table computes them, from the new
 * rows as they arrive or from all the events when rebuilt. Rows are written in key order, so that
 * overlapping batches lock them in the same order and do not deadlock.
 */
@Repository
public class Rollups {

	private static final String ACCOUNT = """
			insert into account_daily_events (account_id, day, name, feature, events)
			select e.account_id, (e.occurred_at at time zone 'UTC')::date, e.name,
			       left(coalesce(e.properties ->> n.feature_property, ''), 200), count(*)
			from events e left join event_names n on n.name = e.name
			where e.type in ('track', 'page', 'screen') and e.account_id is not null and %s
			group by 1, 2, 3, 4
			order by 1, 2, 3, 4
			on conflict (account_id, day, name, feature) do update set events = account_daily_events.events + excluded.events""";

	private static final String PERSON = """
			insert into person_daily_events (person_id, day, name, feature, account_id, events)
			select e.person_id, (e.occurred_at at time zone 'UTC')::date, e.name,
			       left(coalesce(e.properties ->> n.feature_property, ''), 200), max(e.account_id), count(*)
			from events e left join event_names n on n.name = e.name
			where e.type in ('track', 'page', 'screen') and e.person_id is not null and %s
			group by 1, 2, 3, 4
			order by 1, 2, 3, 4
			on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events,
			    account_id = coalesce(excluded.account_id, person_daily_events.account_id)""";

	private static final String NAMES = """
			insert into event_names (name, events, first_seen_at, last_seen_at, example)
			select e.name, count(*), min(e.received_at), max(e.received_at), (array_agg(e.properties order by e.id))[1]
			from events e
			where e.type in ('track', 'page', 'screen') and %s
			group by e.name
			order by e.name
			on conflict (name) do update set events = event_names.events + excluded.events,
			    first_seen_at = least(event_names.first_seen_at, excluded.first_seen_at),
			    last_seen_at = greatest(event_names.last_seen_at, excluded.last_seen_at),
			    example = coalesce(event_names.example, excluded.example)""";

	private final JdbcClient db;

	Rollups(JdbcClient db) {
		this.db = db;
	}

	void add(List<Long> eventIds) {
		addToAccounts(eventIds);
		addToPeople(eventIds);
		db.sql(NAMES.formatted("e.id = any(:ids)")).param("ids", eventIds.toArray(Long[]::new)).update();
	}

	void addToAccounts(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			db.sql(ACCOUNT.formatted("e.id = any(:ids)")).param("ids", eventIds.toArray(Long[]::new)).update();
		}
	}

	void addToPeople(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			db.sql(PERSON.formatted("e.id = any(:ids)")).param("ids", eventIds.toArray(Long[]::new)).update();
		}
	}

	void rebuildPerson(long personId) {
		db.sql("delete from person_daily_events where person_id = ?").param(personId).update();
		db.sql(PERSON.formatted("e.person_id = :person")).param("person", personId).update();
	}

	/** Recomputes every rollup from the events (after a change of the taxonomy's feature properties, or to check them). */
	@Transactional
	public void rebuildAll() {
		db.sql("truncate account_daily_events, person_daily_events").update();
		db.sql(ACCOUNT.formatted("true")).update();
		db.sql(PERSON.formatted("true")).update();
		db.sql("""
				update event_names n set events = coalesce(s.events, 0), first_seen_at = s.first_seen, last_seen_at = s.last_seen
				from (select name, count(*) as events, min(received_at) as first_seen, max(received_at) as last_seen
				      from events where type in ('track', 'page', 'screen') group by name) s
				where s.name = n.name""").update();
	}
}
