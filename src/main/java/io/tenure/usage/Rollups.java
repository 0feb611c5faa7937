package io.tenure.usage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily counts of activity (track, page, screen) per account and per person, by event name and, for
 * events that name a feature, by feature. A batch counts its new events in memory, from exactly the
 * events stored, and commits the counts with them as a delta ({@link RollupDeltas}); one writer at a
 * time ({@link RollupFollower}, or a merge or a remap that needs the rollups current) adds the waiting
 * deltas, merged, with one statement per table, in key order. {@link #rebuildAll()} recomputes them in
 * SQL from all the events and is the reference for what they mean. The {@link EventSpans} and the
 * taxonomy's statistics are kept with them.
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

	/** The same upserts as ACCOUNT and PERSON, of counts made in memory. */
	private static final String ACCOUNT_COUNTS = """
			insert into account_daily_events (account_id, day, name, feature, events)
			select a, d, n, f, c from unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::int[]) as x(a, d, n, f, c)
			order by a, d, n, f
			on conflict (account_id, day, name, feature) do update set events = account_daily_events.events + excluded.events""";

	private static final String PERSON_COUNTS = """
			insert into person_daily_events (person_id, day, name, feature, account_id, events)
			select p, d, n, f, a, c from unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::int[]) as x(p, d, n, f, a, c)
			order by p, d, n, f
			on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events,
			    account_id = coalesce(excluded.account_id, person_daily_events.account_id)""";

	private static final String NAME_COUNTS = """
			insert into event_names (name, events, first_seen_at, last_seen_at, example)
			select n, c, f, l, x::jsonb from unnest(?::text[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::text[]) as u(n, c, f, l, x)
			order by n
			on conflict (name) do update set events = event_names.events + excluded.events,
			    first_seen_at = least(event_names.first_seen_at, excluded.first_seen_at),
			    last_seen_at = greatest(event_names.last_seen_at, excluded.last_seen_at),
			    example = coalesce(event_names.example, excluded.example)""";

	/** The advisory lock of the one writer of counted deltas. */
	private static final long WRITER = 0x7465_6e75_7265_01L;

	/** Deltas merged and applied at once: at 500 events a batch, up to 100,000 events. */
	private static final int DELTAS_AT_ONCE = 200;

	private final JdbcClient db;
	private final EventFeatures features;
	private final FeatureProperties featureProperties;
	private final EventSpans spans;
	private final RollupDeltas deltas;
	private final ApplicationEventPublisher publisher;
	private final ObjectProvider<SightingsWriter> sightings;

	Rollups(JdbcClient db, ObjectMapper json, ApplicationEventPublisher publisher, ObjectProvider<SightingsWriter> sightings) {
		this.sightings = sightings;
		this.db = db;
		this.features = new EventFeatures(db, json);
		this.featureProperties = new FeatureProperties(db);
		this.spans = new EventSpans(db);
		this.deltas = new RollupDeltas(db);
		this.publisher = publisher;
	}

	/**
	 * Counts new activity events (as stored: occurred and received times to the microsecond) in memory
	 * and writes the counts, with when the batch saw known people, as one delta, in the caller's
	 * transaction; the follower adds them to the rollups, the spans and the taxonomy's statistics, and
	 * has the sightings written ({@link SightingsWriter}), once that transaction has committed.
	 */
	void add(List<NewEvent> events, Map<Long, Instant> firstSeen, Map<Long, Instant> lastSeen) {
		if (events.isEmpty() && lastSeen.isEmpty()) {
			return;
		}
		// Taxonomy.map takes this in share row exclusive mode before it changes a feature property:
		// held here, the feature properties read next cannot change until this transaction ends.
		db.sql("lock table rollup_deltas in row exclusive mode").update();
		String[] features = this.features.of(events, featureProperties.current());
		RollupCounts counts = new RollupCounts();
		for (int i = 0; i < events.size(); i++) {
			counts.event(events.get(i), features[i]);
		}
		lastSeen.forEach((person, last) -> counts.seen(person, firstSeen.get(person), last));
		deltas.write(counts);
		publisher.publishEvent(new RollupsCounted());
	}

	/**
	 * Adds up to this many waiting deltas (the oldest, up to this id) to the rollups, merged, and
	 * deletes them, in the caller's transaction; returns how many there were. One writer at a time (an advisory lock held
	 * to the end of the transaction, taken after the deltas' table lock as everywhere), so concurrent
	 * batches never wait for each other's rollup rows. The accounts and people counted are published as
	 * {@link ActivityRecorded}.
	 */
	int applyWaiting(int limit, long upTo) {
		db.sql("lock table rollup_deltas in row exclusive mode").update();
		db.sql("select pg_advisory_xact_lock(?)").param(WRITER).query((rs, n) -> n).list();
		RollupDeltas.Taken taken = deltas.take(limit, upTo);
		RollupCounts counts = taken.counts();
		if (!counts.isEmpty()) {
			// accounts' rows, then people's, each table in key order, as adoptions write them; the people seen
			// last, without waiting for any (SightingsWriter)
			upsertAccounts(counts);
			upsertPeople(counts);
			upsertNames(counts);
			spans.widen(counts.spanDays());
			if (!counts.lastSeen.isEmpty()) {
				writeSightings(counts);
			}
			if (!counts.accounts.isEmpty() || !counts.people.isEmpty()) {
				publisher.publishEvent(new ActivityRecorded(counts.accountIds(), counts.personIds()));
			}
		}
		return taken.deltas();
	}

	/** Sightings of people whose rows are held go back as a delta of their own, for the follower's next turn. */
	private void writeSightings(RollupCounts counts) {
		SightingsWriter writer = sightings.getIfAvailable();
		if (writer == null) {
			return;
		}
		Set<Long> held = writer.write(counts.firstSeen, counts.lastSeen);
		if (!held.isEmpty()) {
			RollupCounts later = new RollupCounts();
			held.forEach(person -> later.seen(person, counts.firstSeen.get(person), counts.lastSeen.get(person)));
			deltas.write(later);
			publisher.publishEvent(new RollupsCounted());
		}
	}

	/** The id of the newest delta committed (0 for none): a bound for applying what waits now, while batches go on. */
	long newestDelta() {
		return db.sql("select coalesce(max(id), 0) from rollup_deltas").query(Long.class).single();
	}

	/** Applies every delta waiting now in the caller's transaction (before rows are moved or recounted). */
	private void applyAllWaiting() {
		long upTo = newestDelta();
		while (applyWaiting(DELTAS_AT_ONCE, upTo) > 0) {
			// until none of them is left
		}
	}

	private void upsertAccounts(RollupCounts counts) {
		if (!counts.accounts.isEmpty()) {
			db.sql(ACCOUNT_COUNTS).params(counts.accountColumns()).update();
		}
	}

	private void upsertPeople(RollupCounts counts) {
		if (!counts.people.isEmpty()) {
			db.sql(PERSON_COUNTS).params(counts.personColumns()).update();
		}
	}

	private void upsertNames(RollupCounts counts) {
		if (!counts.names.isEmpty()) {
			db.sql(NAME_COUNTS).params(counts.nameColumns()).update();
		}
	}

	void addToAccounts(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			Long[] ids = eventIds.toArray(Long[]::new);
			db.sql(ACCOUNT.formatted("e.id = any(:ids)")).param("ids", ids).update();
			spans.widenToEvents("account", ids);
		}
	}

	void addToPeople(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			Long[] ids = eventIds.toArray(Long[]::new);
			db.sql(PERSON.formatted("e.id = any(:ids)")).param("ids", ids).update();
			spans.widenToEvents("person", ids);
		}
	}

	/**
	 * One person's counts become another's (their events were moved to them): the rows are added to the
	 * other's rather than recounted from the events, so a batch counting new events of the other person
	 * meanwhile is neither lost nor counted twice; spans likewise.
	 */
	void movePerson(long fromPersonId, long toPersonId) {
		applyAllWaiting();
		db.sql("""
				insert into person_daily_events (person_id, day, name, feature, account_id, events)
				select :to, day, name, feature, account_id, events from person_daily_events where person_id = :from
				order by day, name, feature
				on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events,
				    account_id = greatest(excluded.account_id, person_daily_events.account_id)""")
			.param("from", fromPersonId).param("to", toPersonId).update();
		db.sql("delete from person_daily_events where person_id = ?").param(fromPersonId).update();
		spans.movePerson(fromPersonId, toPersonId);
	}

	/**
	 * Recomputes the rollup rows of one event name from its events, after its feature property changed
	 * (the rows are keyed by feature). Taxonomy.map calls it with the rollups locked (share row exclusive),
	 * so no batch counts meanwhile; the spans and the name's statistics do not depend on the feature and stay.
	 */
	void rebuildName(String name) {
		featureProperties.changing();
		applyAllWaiting();
		db.sql("delete from account_daily_events where name = ?").param(name).update();
		db.sql("delete from person_daily_events where name = ?").param(name).update();
		db.sql(ACCOUNT.formatted("e.name = :name").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).param("name", name).update();
		db.sql(PERSON.formatted("e.name = :name").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).param("name", name).update();
	}

	/**
	 * Recomputes every rollup from the events (to check them, or after a bulk load). Called in a
	 * transaction holding the rollups alone: the cached feature properties are dropped then, and not
	 * trusted again until that transaction has ended.
	 */
	@Transactional
	public void rebuildAll() {
		featureProperties.changing();
		// batches that have counted wait for this, and their events are counted below
		db.sql("lock table rollup_deltas in share row exclusive mode").update();
		applyAllWaiting();
		db.sql("truncate account_daily_events, person_daily_events").update();
		// in day order, unlike the incremental upserts (key order, against deadlocks): a rebuild holds the
		// tables alone, and rows laid out by day let the signals' BRIN index on the day skip old blocks
		db.sql(ACCOUNT.formatted("true").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).update();
		db.sql(PERSON.formatted("true").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).update();
		spans.rebuildAll();
		db.sql("""
				update event_names n set events = coalesce(s.events, 0), first_seen_at = s.first_seen, last_seen_at = s.last_seen
				from (select name, count(*) as events, min(received_at) as first_seen, max(received_at) as last_seen
				      from events where type in ('track', 'page', 'screen') group by name) s
				where s.name = n.name""").update();
	}
}
