package io.tenure.usage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first and the last day each account and each person did each event, kept beside the daily
 * rollups (which Rollups writes first, then these): what "ever" means for the signals without reading
 * every day of history. A span is only ever widened, so a span another batch widened meanwhile keeps
 * its days; days inside a known span are left out before the upsert, so that the usual batch neither
 * writes nor locks a span row (a subject's span changes at most once a day per name).
 */
final class EventSpans {

	/** Widens the spans that rows (o, n, f, l) of a source fall outside of. */
	private static final String WIDEN = """
			insert into %1$s_event_spans as s (%1$s_id, name, first_day, last_day)
			select o, n, f, l from %2$s
			where not exists (select 1 from %1$s_event_spans k
			                  where k.%1$s_id = x.o and k.name = x.n and k.first_day <= x.f and k.last_day >= x.l)
			order by o, n
			on conflict (%1$s_id, name) do update set first_day = least(s.first_day, excluded.first_day),
			    last_day = greatest(s.last_day, excluded.last_day)""";

	/** Span rows counted in memory, as four arrays. */
	private static final String COUNTED = "unnest(?::bigint[], ?::text[], ?::date[], ?::date[]) as x(o, n, f, l)";

	/** The events of some ids, as the rollups count them: subject, name and day. */
	private static final String EVENT_DAYS = """
			select %1$s_id, name, (occurred_at at time zone 'UTC')::date as day from events
			where id = any(:ids) and type in ('track', 'page', 'screen') and %1$s_id is not null""";

	private static final String ALL = """
			insert into %1$s_event_spans (%1$s_id, name, first_day, last_day)
			select %1$s_id, name, min(day), max(day) from %1$s_daily_events group by 1, 2 order by 1, 2""";

	/** The days a batch counted, per account or person and name. */
	static final class Seen {

		private record Key(boolean account, long subject, String name) {
		}

		private final Map<Key, LocalDate[]> days = new HashMap<>();

		void account(long accountId, String name, LocalDate day) {
			add(new Key(true, accountId, name), day);
		}

		void person(long personId, String name, LocalDate day) {
			add(new Key(false, personId, name), day);
		}

		private void add(Key key, LocalDate day) {
			LocalDate[] span = days.computeIfAbsent(key, k -> new LocalDate[2]);
			span[0] = span[0] == null || day.isBefore(span[0]) ? day : span[0];
			span[1] = span[1] == null || day.isAfter(span[1]) ? day : span[1];
		}
	}

	private final JdbcClient db;

	EventSpans(JdbcClient db) {
		this.db = db;
	}

	/** Widens the spans to the days a batch counted: the accounts' first, then the people's. */
	void widen(Seen seen) {
		widen("account", seen, true);
		widen("person", seen, false);
	}

	/** Widens the spans of the accounts or people ("account", "person") to the days of these events. */
	void widenToEvents(String subject, Long[] eventIds) {
		db.sql(WIDEN.formatted(subject, of(subject, EVENT_DAYS.formatted(subject)))).param("ids", eventIds).update();
	}

	/** One person's spans become another's (merged by alias). */
	void movePerson(long fromPersonId, long toPersonId) {
		db.sql(WIDEN.formatted("person", of("person", "select :to as person_id, name, first_day as day from person_event_spans"
				+ " where person_id = :from union all select :to, name, last_day from person_event_spans where person_id = :from")))
			.param("from", fromPersonId).param("to", toPersonId).update();
		db.sql("delete from person_event_spans where person_id = ?").param(fromPersonId).update();
	}

	/** Every span again from the rollups, just rebuilt in the same transaction. */
	void rebuildAll() {
		db.sql("truncate account_event_spans, person_event_spans").update();
		db.sql(ALL.formatted("account")).update();
		db.sql(ALL.formatted("person")).update();
	}

	private void widen(String subject, Seen seen, boolean account) {
		List<Map.Entry<Seen.Key, LocalDate[]>> rows = seen.days.entrySet().stream().filter(e -> e.getKey().account() == account).toList();
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
		db.sql(WIDEN.formatted(subject, COUNTED)).params(subjects, names, first, last).update();
	}

	/** The spans of some rows (subject id, name, day). */
	private static String of(String subject, String rows) {
		return "(select " + subject + "_id as o, name as n, min(day) as f, max(day) as l from (" + rows + ") touched group by 1, 2) x";
	}
}
