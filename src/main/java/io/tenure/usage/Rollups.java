package io.tenure.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily counts of activity (track, page, screen) per account and per person, by event name and, for
 * events that name a feature, by feature. New events are counted in memory, from exactly the events
 * stored, and added with one statement per table; {@link #rebuildAll()} recomputes them in SQL from
 * all the events and is the reference for what they mean. Rows are written in key order, so that
 * overlapping batches lock them in the same order and do not deadlock. With them, the spans: the first
 * and last day each account and person did each event.
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

	/**
	 * Widens the spans (first and last day per subject and name) that new days fall outside of, rows
	 * (o, n, f, l) from a source: never narrowed, so a span another batch widened meanwhile keeps its
	 * days. Days inside a known span are left out before the upsert, so that the usual batch neither
	 * writes nor locks a span row: a subject's span changes at most once a day per name.
	 */
	private static final String WIDEN_SPANS = """
			insert into %1$s_event_spans as s (%1$s_id, name, first_day, last_day)
			select o, n, f, l from %2$s
			where not exists (select 1 from %1$s_event_spans k
			                  where k.%1$s_id = x.o and k.name = x.n and k.first_day <= x.f and k.last_day >= x.l)
			order by o, n
			on conflict (%1$s_id, name) do update set first_day = least(s.first_day, excluded.first_day),
			    last_day = greatest(s.last_day, excluded.last_day)""";

	/** Span rows counted in memory, as four arrays. */
	private static final String COUNTED_SPANS = "unnest(?::bigint[], ?::text[], ?::date[], ?::date[]) as x(o, n, f, l)";

	/** Every span again from the rollups, for {@link #rebuildAll()}. */
	private static final String ALL_SPANS = """
			insert into %1$s_event_spans (%1$s_id, name, first_day, last_day)
			select %1$s_id, name, min(day), max(day) from %1$s_daily_events group by 1, 2 order by 1, 2""";

	/** The spans of some rows (subject, name, day): events adopted, or a merged person's. */
	private static String spansOf(String subject, String rows) {
		return "(select " + subject + "_id as o, name as n, min(day) as f, max(day) as l from (" + rows + ") touched group by 1, 2) x";
	}

	/** The events of some ids, as the rollups count them: subject, name and day. */
	private static final String EVENT_DAYS = """
			select %1$s_id, name, (occurred_at at time zone 'UTC')::date as day from events
			where id = any(:ids) and type in ('track', 'page', 'screen') and %1$s_id is not null""";

	private final JdbcClient db;
	private final EventFeatures features;
	private final FeatureProperties featureProperties;

	Rollups(JdbcClient db, ObjectMapper json) {
		this.db = db;
		this.features = new EventFeatures(db, json);
		this.featureProperties = new FeatureProperties(db);
	}

	/**
	 * Counts new activity events (as stored: occurred and received times to the microsecond) into
	 * the rollups and the taxonomy's statistics.
	 */
	void add(List<NewEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		// Taxonomy.map takes these in share row exclusive mode before it changes a feature property:
		// held here, the feature properties read next cannot change until this transaction ends.
		db.sql("lock table account_daily_events, person_daily_events in row exclusive mode").update();
		String[] features = this.features.of(events, featureProperties.current());
		Map<AccountDay, int[]> accounts = new HashMap<>();
		Map<PersonDay, PersonCount> people = new HashMap<>();
		Map<String, NameCount> names = new HashMap<>();
		for (int i = 0; i < events.size(); i++) {
			NewEvent e = events.get(i);
			LocalDate day = LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC);
			String name = EventFeatures.stored(e.name());
			if (e.accountId() != null) {
				accounts.computeIfAbsent(new AccountDay(e.accountId(), day, name, features[i]), k -> new int[1])[0]++;
			}
			if (e.personId() != null) {
				people.computeIfAbsent(new PersonDay(e.personId(), day, name, features[i]), k -> new PersonCount()).add(e.accountId());
			}
			names.computeIfAbsent(name, k -> new NameCount(e.properties())).add(e.receivedAt());
		}
		Map<Span, LocalDate[]> spans = new HashMap<>();
		accounts.keySet().forEach(k -> widen(spans, new Span(true, k.accountId(), k.name()), k.day()));
		people.keySet().forEach(k -> widen(spans, new Span(false, k.personId(), k.name()), k.day()));
		// every batch in the same order (and each table in key order): no deadlocks
		upsertAccounts(accounts);
		upsertPeople(people);
		upsertNames(names);
		upsertSpans("account", spans, true);
		upsertSpans("person", spans, false);
	}

	private record Span(boolean account, long subject, String name) {
	}

	private static void widen(Map<Span, LocalDate[]> spans, Span key, LocalDate day) {
		LocalDate[] span = spans.computeIfAbsent(key, k -> new LocalDate[2]);
		span[0] = span[0] == null || day.isBefore(span[0]) ? day : span[0];
		span[1] = span[1] == null || day.isAfter(span[1]) ? day : span[1];
	}

	private void upsertSpans(String subject, Map<Span, LocalDate[]> spans, boolean account) {
		List<Map.Entry<Span, LocalDate[]>> rows = spans.entrySet().stream().filter(e -> e.getKey().account() == account).toList();
		if (rows.isEmpty()) {
			return;
		}
		int n = rows.size();
		Long[] subjects = new Long[n];
		String[] names = new String[n], first = new String[n], last = new String[n];
		for (int i = 0; i < n; i++) {
			subjects[i] = rows.get(i).getKey().subject();
			names[i] = rows.get(i).getKey().name();
			first[i] = rows.get(i).getValue()[0].toString();
			last[i] = rows.get(i).getValue()[1].toString();
		}
		db.sql(WIDEN_SPANS.formatted(subject, COUNTED_SPANS)).params(subjects, names, first, last).update();
	}

	private record AccountDay(long accountId, LocalDate day, String name, String feature) {
	}

	private record PersonDay(long personId, LocalDate day, String name, String feature) {
	}

	private static final class PersonCount {

		int events;
		Long accountId;

		void add(Long account) {
			events++;
			if (account != null && (accountId == null || account > accountId)) {
				accountId = account;
			}
		}
	}

	private static final class NameCount {

		final String example;
		long events;
		Instant first;
		Instant last;

		NameCount(String example) {
			this.example = example;
		}

		void add(Instant received) {
			events++;
			first = first == null || received.isBefore(first) ? received : first;
			last = last == null || received.isAfter(last) ? received : last;
		}
	}

	private void upsertAccounts(Map<AccountDay, int[]> counts) {
		if (counts.isEmpty()) {
			return;
		}
		int n = counts.size(), i = 0;
		Long[] accounts = new Long[n];
		String[] days = new String[n], names = new String[n], features = new String[n];
		Integer[] events = new Integer[n];
		for (var count : counts.entrySet()) {
			accounts[i] = count.getKey().accountId();
			days[i] = count.getKey().day().toString();
			names[i] = count.getKey().name();
			features[i] = count.getKey().feature();
			events[i++] = count.getValue()[0];
		}
		db.sql(ACCOUNT_COUNTS).params(accounts, days, names, features, events).update();
	}

	private void upsertPeople(Map<PersonDay, PersonCount> counts) {
		if (counts.isEmpty()) {
			return;
		}
		int n = counts.size(), i = 0;
		Long[] people = new Long[n], accounts = new Long[n];
		String[] days = new String[n], names = new String[n], features = new String[n];
		Integer[] events = new Integer[n];
		for (var count : counts.entrySet()) {
			people[i] = count.getKey().personId();
			days[i] = count.getKey().day().toString();
			names[i] = count.getKey().name();
			features[i] = count.getKey().feature();
			accounts[i] = count.getValue().accountId;
			events[i++] = count.getValue().events;
		}
		db.sql(PERSON_COUNTS).params(people, days, names, features, accounts, events).update();
	}

	private void upsertNames(Map<String, NameCount> counts) {
		int n = counts.size(), i = 0;
		String[] names = new String[n], first = new String[n], last = new String[n], examples = new String[n];
		Long[] events = new Long[n];
		for (var count : counts.entrySet()) {
			names[i] = count.getKey();
			events[i] = count.getValue().events;
			first[i] = count.getValue().first.toString();
			last[i] = count.getValue().last.toString();
			examples[i++] = count.getValue().example;
		}
		db.sql(NAME_COUNTS).params(names, events, first, last, examples).update();
	}

	void addToAccounts(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			Long[] ids = eventIds.toArray(Long[]::new);
			db.sql(ACCOUNT.formatted("e.id = any(:ids)")).param("ids", ids).update();
			db.sql(WIDEN_SPANS.formatted("account", spansOf("account", EVENT_DAYS.formatted("account")))).param("ids", ids).update();
		}
	}

	void addToPeople(List<Long> eventIds) {
		if (!eventIds.isEmpty()) {
			Long[] ids = eventIds.toArray(Long[]::new);
			db.sql(PERSON.formatted("e.id = any(:ids)")).param("ids", ids).update();
			db.sql(WIDEN_SPANS.formatted("person", spansOf("person", EVENT_DAYS.formatted("person")))).param("ids", ids).update();
		}
	}

	/**
	 * One person's counts become another's (their events were moved to them): the rows are added to the
	 * other's rather than recounted from the events, so a batch counting new events of the other person
	 * meanwhile is neither lost nor counted twice; spans likewise.
	 */
	void movePerson(long fromPersonId, long toPersonId) {
		db.sql("""
				insert into person_daily_events (person_id, day, name, feature, account_id, events)
				select :to, day, name, feature, account_id, events from person_daily_events where person_id = :from
				order by day, name, feature
				on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events,
				    account_id = greatest(excluded.account_id, person_daily_events.account_id)""")
			.param("from", fromPersonId).param("to", toPersonId).update();
		db.sql(WIDEN_SPANS.formatted("person", spansOf("person", "select :to as person_id, name, first_day as day from person_event_spans"
				+ " where person_id = :from union all select :to, name, last_day from person_event_spans where person_id = :from")))
			.param("from", fromPersonId).param("to", toPersonId).update();
		db.sql("delete from person_daily_events where person_id = ?").param(fromPersonId).update();
		db.sql("delete from person_event_spans where person_id = ?").param(fromPersonId).update();
	}

	/**
	 * Recomputes the rollup rows of one event name from its events, after its feature property changed
	 * (the rows are keyed by feature). Taxonomy.map calls it with the rollups locked, as it calls
	 * {@link #rebuildAll()}; the spans and the name's statistics do not depend on the feature and stay.
	 */
	void rebuildName(String name) {
		featureProperties.changing();
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
		db.sql("truncate account_daily_events, person_daily_events, account_event_spans, person_event_spans").update();
		// in day order, unlike the incremental upserts (key order, against deadlocks): a rebuild holds the
		// tables alone, and rows laid out by day let the signals' BRIN index on the day skip old blocks
		db.sql(ACCOUNT.formatted("true").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).update();
		db.sql(PERSON.formatted("true").replace("order by 1, 2, 3, 4", "order by 2, 1, 3, 4")).update();
		db.sql(ALL_SPANS.formatted("account")).update();
		db.sql(ALL_SPANS.formatted("person")).update();
		db.sql("""
				update event_names n set events = coalesce(s.events, 0), first_seen_at = s.first_seen, last_seen_at = s.last_seen
				from (select name, count(*) as events, min(received_at) as first_seen, max(received_at) as last_seen
				      from events where type in ('track', 'page', 'screen') group by name) s
				where s.name = n.name""").update();
	}
}
