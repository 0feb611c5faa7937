package io.tenure.usage;

import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tenure.TenureTest;
import io.tenure.ingest.Tracking;
import io.tenure.ingest.WriteKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily rollups equal a direct count over the events: as they are kept current, and after a rebuild. */
@TenureTest
class RollupsTest {

	private static final String ACCOUNT_COUNT = """
			select account_id as owner, (occurred_at at time zone 'UTC')::date as day, name,
			       case when name = 'Feature Used' then coalesce(properties ->> 'feature', '') else '' end as feature, count(*) as events
			from events where type in ('track', 'page', 'screen') and account_id = any(?) group by 1, 2, 3, 4""";

	private static final String PERSON_COUNT = """
			select person_id as owner, (occurred_at at time zone 'UTC')::date as day, name,
			       case when name = 'Feature Used' then coalesce(properties ->> 'feature', '') else '' end as feature, count(*) as events
			from events where type in ('track', 'page', 'screen') and person_id = any(?) group by 1, 2, 3, 4""";

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	@Autowired
	Rollups rollups;

	@Autowired
	Taxonomy taxonomy;

	/** One activity call as sent: who, where, when (with its offset), what. */
	record Sent(String user, String account, String time, String name, String feature) {

		LocalDate day() {
			return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		}

		String featureKey() {
			return name.equals("Feature Used") && feature != null ? feature : "";
		}

		Map<String, Object> message() {
			Map<String, Object> message = name.equals("Page Viewed") ? Tracking.page(user, "Home") : Tracking.track(user, name);
			if (user == null) {
				message.put("anonymousId", "anon-" + account);
			}
			message.put("context", Map.of("groupId", account));
			message.put("timestamp", time);
			if (feature != null) {
				message.put("properties", Map.of("feature", feature));
			}
			return message;
		}
	}

	@Test
	void rollupsMatchADirectCountOverTheEventsBeforeAndAfterARebuild() {
		String u = Tracking.unique();
		Tracking tracking = new Tracking(port, writeKeys.create("rollups " + u, null), db);
		String a = "roll-a-" + u, b = "roll-b-" + u;
		String u0 = "roll-u0-" + u, u1 = "roll-u1-" + u, u2 = "roll-u2-" + u;
		String reportName = "Roll Report " + u;

		List<Sent> first = List.of(
				new Sent(u0, a, "2025-03-01T23:59:59Z", "Signed In", null),
				new Sent(u0, a, "2025-03-02T00:00:00Z", "Signed In", null),
				new Sent(u0, a, "2025-03-03T01:30:00+03:00", "Signed In", null),
				new Sent(u1, a, "2025-03-01T09:00:00Z", "Feature Used", "export"),
				new Sent(u1, a, "2025-03-01T10:00:00Z", "Feature Used", "export"),
				new Sent(u1, a, "2025-03-01T11:00:00Z", "Feature Used", "import"),
				new Sent(u1, a, "2025-03-01T12:00:00Z", "Feature Used", null),
				new Sent(u1, a, "2025-03-01T12:30:00Z", reportName, "ignored"),
				new Sent(u2, b, "2025-03-02T08:00:00-05:00", "Page Viewed", null),
				new Sent(u2, b, "2025-03-02T09:00:00Z", reportName, null),
				new Sent(null, b, "2025-03-02T09:30:00Z", "Article Viewed", null));
		List<Sent> second = List.of(
				new Sent(u0, a, "2025-03-01T06:00:00Z", "Signed In", null),
				new Sent(u1, a, "2025-03-01T13:00:00Z", "Feature Used", "export"),
				new Sent(u2, b, "2025-03-04T00:00:01Z", "Page Viewed", null));

		List<Map<String, Object>> firstMessages = new ArrayList<>(first.stream().map(Sent::message).toList());
		firstMessages.add(Tracking.identify(u0, Map.of("name", "Not activity")));
		tracking.batch(firstMessages).expect(200);
		List<Map<String, Object>> secondMessages = new ArrayList<>(second.stream().map(Sent::message).toList());
		secondMessages.add(firstMessages.get(0));
		tracking.batch(secondMessages).expect(200);

		List<Sent> all = new ArrayList<>(first);
		all.addAll(second);
		Map<String, Long> accounts = Map.of(a, tracking.accountId(a), b, tracking.accountId(b));
		Map<String, Long> people = Map.of(u0, tracking.personId(u0), u1, tracking.personId(u1), u2, tracking.personId(u2));

		Map<String, Long> expectedAccounts = new TreeMap<>();
		Map<String, Long> expectedPeople = new TreeMap<>();
		for (Sent sent : all) {
			expectedAccounts.merge(key(accounts.get(sent.account()), sent.day(), sent.name(), sent.featureKey()), 1L, Long::sum);
			if (sent.user() != null) {
				expectedPeople.merge(key(people.get(sent.user()), sent.day(), sent.name(), sent.featureKey()), 1L, Long::sum);
			}
		}
		Long[] accountIds = accounts.values().toArray(Long[]::new);
		Long[] personIds = people.values().toArray(Long[]::new);

		assertThat(counted(ACCOUNT_COUNT, accountIds)).as("direct count of the account events").isEqualTo(expectedAccounts);
		assertThat(counted(PERSON_COUNT, personIds)).as("direct count of the person events").isEqualTo(expectedPeople);
		assertRollups(expectedAccounts, expectedPeople, accountIds, personIds);
		assertThat(personAccounts(personIds)).as("person rollups carry the account")
			.containsOnlyKeys(people.values()).containsEntry(people.get(u0), accounts.get(a)).containsEntry(people.get(u2), accounts.get(b));

		rollups.rebuildAll();

		assertRollups(expectedAccounts, expectedPeople, accountIds, personIds);
		assertThat(db.sql("select count(*) from events where name = ?").param(reportName).query(Long.class).single()).isEqualTo(2);
		assertThat(tracking.namedEvents(reportName)).as("event_names.events after the rebuild").isEqualTo(2);
	}

	@Test
	void aRebuildReproducesEveryRollupRowFromTheEvents() {
		rollups.rebuildAll();
		String direct = """
				select e.account_id as owner, (e.occurred_at at time zone 'UTC')::date as day, e.name,
				       left(coalesce(e.properties ->> n.feature_property, ''), 200) as feature, count(*) as events
				from events e left join event_names n on n.name = e.name
				where e.type in ('track', 'page', 'screen') and e.account_id is not null group by 1, 2, 3, 4""";
		assertThat(rows("select account_id as owner, day, name, feature, events from account_daily_events"))
			.isEqualTo(rows(direct));
		assertThat(db.sql("select coalesce(sum(events), 0) from person_daily_events").query(Long.class).single())
			.isEqualTo(db.sql("select count(*) from events where type in ('track', 'page', 'screen') and person_id is not null")
				.query(Long.class).single());
	}

	/**
	 * Feature values that are not plain strings (numbers, objects, true, null, over 200 characters,
	 * outside the BMP, lone surrogates), names with lone surrogates, times closer than a microsecond to
	 * midnight, and a name whose feature property was just mapped: counted as the rebuild counts them.
	 */
	@Test
	void unusualFeaturesNamesAndTimesAreCountedAsTheRebuildCountsThem() {
		String u = Tracking.unique();
		String key = writeKeys.create("rollups odd " + u, null);
		Tracking tracking = new Tracking(port, key, db);
		String account = "roll-odd-" + u, user = "roll-odd-u-" + u, tool = "Roll Tool Used " + u;
		taxonomy.map(tool, EventCategory.FEATURE_USED, false, "tool");
		List<Object> features = List.of(42, 1.5, Map.of("b", 1, "a", List.of(1, 2)), true, "x".repeat(250), "\u00e9".repeat(250),
				"\ud83d\ude00".repeat(150), "plain", "");
		List<Map<String, Object>> messages = new ArrayList<>();
		for (Object feature : features) {
			messages.add(with(Tracking.track(user, "Feature Used", account), "properties", Map.of("feature", feature)));
			messages.add(with(Tracking.track(user, tool, account), "properties", Map.of("tool", feature, "feature", "not this")));
		}
		Map<String, Object> nullFeature = Tracking.track(user, "Feature Used", account);
		nullFeature.put("properties", new java.util.HashMap<>(java.util.Collections.singletonMap("feature", null)));
		messages.add(nullFeature);
		messages.add(with(Tracking.track(user, "Signed In", account), "timestamp", "2025-03-01T23:59:59.9999996Z"));
		messages.add(with(Tracking.track(user, "Signed In", account), "timestamp", "2025-03-01T23:59:59.9999994Z"));
		messages.add(with(Tracking.track(user, "Signed In", account), "timestamp", "2025-03-01T23:59:59.9999995Z"));
		tracking.batch(messages).expect(200);
		// escaped in the JSON text itself: lone surrogates, which reach PostgreSQL as '?'
		String lone = """
				{"batch":[
				 {"type":"track","userId":"%1$s","event":"Roll Lone \\ud800 %2$s","context":{"groupId":"%3$s"}},
				 {"type":"track","userId":"%1$s","event":"Roll Lone \\udc00 %2$s","context":{"groupId":"%3$s"}},
				 {"type":"track","userId":"%1$s","event":"Feature Used","properties":{"feature":"a\\ud800"},"context":{"groupId":"%3$s"}},
				 {"type":"track","userId":"%1$s","event":"Feature Used","properties":{"feature":"a\\udc00"},"context":{"groupId":"%3$s"}},
				 {"type":"track","userId":"%1$s","event":"Feature Used","properties":{"feature":"one","feature":"two"},"context":{"groupId":"%3$s"}}
				]}""".formatted(user, u, account);
		tracking.raw("/v1/batch", java.net.http.HttpRequest.BodyPublishers.ofString(lone), "Authorization", Tracking.basic(key))
			.expect(200);

		Long[] accountIds = { tracking.accountId(account) };
		Long[] personIds = { tracking.personId(user) };
		Map<String, Long> accounts = counted(DIRECT_ACCOUNT, accountIds);
		Map<String, Long> people = counted(DIRECT_PERSON, personIds);
		assertThat(accounts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(messages.size() + 5);
		assertThat(accounts).as("rounded to the microsecond, half to even, as stored")
			.containsEntry(key(accountIds[0], LocalDate.parse("2025-03-02"), "Signed In", ""), 2L)
			.containsEntry(key(accountIds[0], LocalDate.parse("2025-03-01"), "Signed In", ""), 1L);
		assertThat(accounts.keySet()).anyMatch(k -> k.endsWith("[42]")).anyMatch(k -> k.endsWith("[{\"a\": [1, 2], \"b\": 1}]"))
			.anyMatch(k -> k.endsWith("[two]")).anyMatch(k -> k.contains("Roll Lone ? " + u));
		assertRollups(accounts, people, accountIds, personIds);
		assertThat(tracking.namedEvents(tool)).isEqualTo(features.size());
		assertThat(tracking.namedEvents("Roll Lone ? " + u)).isEqualTo(2);

		rollups.rebuildAll();
		assertRollups(accounts, people, accountIds, personIds);
	}

	/** A feature property changed while batches of that name arrive: every event is counted once, under the feature as mapped when it was counted. */
	@Test
	void aRemapWhileBatchesArriveLeavesTheRollupsExact() throws Exception {
		String u = Tracking.unique();
		Tracking tracking = new Tracking(port, writeKeys.create("rollups remap " + u, null), db);
		String account = "roll-remap-" + u, name = "Roll Remapped " + u;
		tracking.send("track", Tracking.track("roll-remap-u-" + u, name, account)).expect(200);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<?>> senders = new ArrayList<>();
			for (int s = 0; s < 3; s++) {
				int sender = s;
				senders.add(pool.submit(() -> {
					for (int b = 0; b < 8; b++) {
						List<Map<String, Object>> batch = new ArrayList<>();
						for (int i = 0; i < 20; i++) {
							batch.add(with(Tracking.track("roll-remap-u-" + u + "-" + sender + "-" + (i % 4), name, account), "properties",
									Map.of("a", "a" + (i % 3), "b", "b" + (i % 2))));
						}
						tracking.batch(batch).expect(200);
					}
				}));
			}
			for (String property : new String[] { "a", "b", null, "a", "b" }) {
				taxonomy.map(name, EventCategory.FEATURE_USED, false, property);
			}
			for (var sender : senders) {
				sender.get();
			}
		}
		finally {
			pool.shutdown();
		}
		tracking.send("track", with(Tracking.track("roll-remap-u-" + u, name, account), "properties", Map.of("b", "last"))).expect(200);

		Long[] accountIds = { tracking.accountId(account) };
		Map<String, Long> direct = counted(DIRECT_ACCOUNT, accountIds);
		assertThat(direct.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3 * 8 * 20 + 2);
		assertThat(direct.keySet()).anyMatch(k -> k.endsWith(name + " [last]"));
		assertThat(counted("select account_id as owner, day, name, feature, events from account_daily_events where account_id = any(?)",
				accountIds)).isEqualTo(direct);
		assertThat(tracking.namedEvents(name)).isEqualTo(3 * 8 * 20 + 2);
	}

	private static final String DIRECT_ACCOUNT = """
			select e.account_id as owner, (e.occurred_at at time zone 'UTC')::date as day, e.name,
			       left(coalesce(e.properties ->> n.feature_property, ''), 200) as feature, count(*) as events
			from events e left join event_names n on n.name = e.name
			where e.type in ('track', 'page', 'screen') and e.account_id = any(?) group by 1, 2, 3, 4""";

	private static final String DIRECT_PERSON = """
			select e.person_id as owner, (e.occurred_at at time zone 'UTC')::date as day, e.name,
			       left(coalesce(e.properties ->> n.feature_property, ''), 200) as feature, count(*) as events
			from events e left join event_names n on n.name = e.name
			where e.type in ('track', 'page', 'screen') and e.person_id = any(?) group by 1, 2, 3, 4""";

	private void assertRollups(Map<String, Long> expectedAccounts, Map<String, Long> expectedPeople, Long[] accountIds,
			Long[] personIds) {
		assertThat(counted("select account_id as owner, day, name, feature, events from account_daily_events where account_id = any(?)",
				accountIds)).as("account_daily_events").isEqualTo(expectedAccounts);
		assertThat(counted("select person_id as owner, day, name, feature, events from person_daily_events where person_id = any(?)",
				personIds)).as("person_daily_events").isEqualTo(expectedPeople);
		assertSpans(accountIds, personIds);
	}

	/** Each subject's span of each name: the first and last day of its rollup rows. */
	private void assertSpans(Long[] accountIds, Long[] personIds) {
		for (String subject : new String[] { "account", "person" }) {
			Long[] ids = subject.equals("account") ? accountIds : personIds;
			assertThat(spans("select %1$s_id, name, first_day, last_day from %1$s_event_spans where %1$s_id = any(?)".formatted(subject), ids))
				.as(subject + "_event_spans")
				.isEqualTo(spans("""
						select %1$s_id, name, min(day), max(day) from %1$s_daily_events where %1$s_id = any(?)
						group by 1, 2""".formatted(subject), ids))
				.isNotEmpty();
		}
	}

	private Map<String, String> spans(String sql, Long[] ids) {
		Map<String, String> spans = new TreeMap<>();
		db.sql(sql).param(ids).query((rs, n) -> spans.put(rs.getLong(1) + " " + rs.getString(2), rs.getString(3) + ".." + rs.getString(4)))
			.list();
		return spans;
	}

	private Map<String, Long> counted(String sql, Long[] owners) {
		Map<String, Long> counts = new TreeMap<>();
		db.sql(sql).param(owners).query((rs, n) -> counts.put(key(rs.getLong("owner"), rs.getObject("day", LocalDate.class),
				rs.getString("name"), rs.getString("feature")), rs.getLong("events"))).list();
		return counts;
	}

	private Map<String, Long> rows(String sql) {
		Map<String, Long> counts = new HashMap<>();
		db.sql(sql).query((rs, n) -> counts.put(key(rs.getLong("owner"), rs.getObject("day", LocalDate.class), rs.getString("name"),
				rs.getString("feature")), rs.getLong("events"))).list();
		return counts;
	}

	private Map<Long, Long> personAccounts(Long[] personIds) {
		Map<Long, Long> accounts = new HashMap<>();
		db.sql("select distinct person_id, account_id from person_daily_events where person_id = any(?)").param(personIds)
			.query((rs, n) -> accounts.put(rs.getLong(1), rs.getLong(2))).list();
		return accounts;
	}

	private static String key(long owner, LocalDate day, String name, String feature) {
		return owner + " " + day + " " + name + " [" + feature + "]";
	}
}
