package io.tenure.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.ingest.Call;
import io.tenure.ingest.Ingestion;
import io.tenure.ingest.Tracking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch's counts wait as a delta, committed with its events, until the follower adds them to the
 * rollups: here the follower is stopped meanwhile, as when Tenure stops or falls behind. Counts left
 * waiting are applied at the next start; a merge, a remap and a rebuild first apply what waits, so no
 * event is counted twice or under a person merged away; a batch rolled back leaves no counts.
 */
@TenureTest
class RollupFollowerTest {

	@Autowired
	RollupFollower follower;

	@Autowired
	Ingestion ingestion;

	@Autowired
	EventStore store;

	@Autowired
	Rollups rollups;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient db;

	@Autowired
	PlatformTransactionManager transactions;

	Tracking tracking;
	String u;

	@BeforeEach
	void stopTheFollower() {
		Tracking.rollupsFollowed(db);
		follower.stop();
		tracking = new Tracking(0, "unused", db);
		u = Tracking.unique();
	}

	@AfterEach
	void startTheFollower() {
		if (!follower.isRunning()) {
			follower.start();
		}
	}

	@Test
	void countsLeftWaitingByAStopAreAddedAtTheNextStart() {
		String account = "rf-acct-" + u, user = "rf-user-" + u;
		ingestion.ingest(List.of(track(user, "Signed In", account), track(user, "Signed In", account), track(user, "Report Run", account)),
				null);
		long accountId = tracking.accountId(account);

		assertThat(waiting()).as("one delta for the batch").isEqualTo(1);
		assertThat(rolledUp(accountId)).as("not counted while the follower is stopped").isZero();

		follower.start();
		Tracking.rollupsFollowed(db);

		assertThat(rolledUp(accountId)).isEqualTo(3);
		assertThat(tracking.personRollup(tracking.personId(user), "Signed In")).isEqualTo(2);
		assertThat(tracking.span("account", accountId, "Report Run")).containsOnly(today() + ".." + today());
		assertThat(tracking.namedEvents("Report Run")).isPositive();
	}

	/** When a batch saw people known already goes with its counts: written by the follower, merged with other batches' (earliest, latest). */
	@Test
	void whenKnownPeopleWereSeenIsWrittenWithTheCounts() {
		String account = "rf-seen-" + u, user = "rf-seen-user-" + u;
		Instant created = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		ingestion.ingest(List.of(at(track(user, "Signed In", account), created)), null);
		Instant latest = created.plus(2, ChronoUnit.HOURS), earlier = created.minus(5, ChronoUnit.HOURS);
		ingestion.ingest(List.of(at(track(user, "Signed In", account), latest)), null);
		ingestion.ingest(List.of(at(track(user, "Report Run", account), created.plus(1, ChronoUnit.HOURS))), null);
		ingestion.ingest(List.of(at(track(user, "Report Run", account), earlier)), null);

		assertThat(seen(user)).as("a new person is created seen").containsExactly(created, created);

		follower.start();
		Tracking.rollupsFollowed(db);
		assertThat(seen(user)).as("first and last seen").containsExactly(earlier, latest);
	}

	/** The follower does not wait for a person's row that a request holds: the sighting waits for its next turn. */
	@Test
	void aSightingOfAPersonWhoseRowIsHeldIsWrittenOnTheNextTurn() throws Exception {
		String account = "rf-held-" + u, user = "rf-held-user-" + u;
		Instant created = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		ingestion.ingest(List.of(at(track(user, "Signed In", account), created)), null);
		Instant later = created.plus(1, ChronoUnit.HOURS);
		ingestion.ingest(List.of(at(track(user, "Signed In", account), later)), null);
		long person = tracking.personId(user);

		var holding = new java.util.concurrent.CountDownLatch(1);
		var release = new java.util.concurrent.CountDownLatch(1);
		var holder = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			var held = holder.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				db.sql("select id from people where id = ? for update").param(person).query(Long.class).single();
				holding.countDown();
				try {
					release.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			holding.await();
			follower.catchUp();

			assertThat(rolledUp(tracking.accountId(account))).as("the counts did not wait").isEqualTo(2);
			assertThat(seen(user).get(1)).as("the sighting waits").isEqualTo(created);
			assertThat(waiting()).as("as a delta of its own").isEqualTo(1);

			release.countDown();
			held.get();
		}
		finally {
			release.countDown();
			holder.shutdown();
		}
		follower.catchUp();
		assertThat(seen(user)).containsExactly(created, later);
		assertThat(waiting()).isZero();
	}

	@Test
	void anAliasAppliesTheWaitingCountsBeforeItMovesThePersonsRollups() {
		String account = "rf-alias-" + u, before = "rf-anon-" + u, after = "rf-known-" + u;
		ingestion.ingest(List.of(track(before, "Signed In", account), track(before, "Signed In", account), track(after, "Signed In", account)),
				null);
		long previous = tracking.personId(before), into = tracking.personId(after);

		Instant now = Instant.now();
		ingestion.ingest(List.of(new Call(io.tenure.usage.CallType.ALIAS, id(), after, null, null, null, before, Map.of(), Map.of(),
				Map.of(), now, now)), null);

		assertThat(waiting()).as("the merge applied what waited").isZero();
		assertThat(personRolledUp(previous)).as("the merged-away person").isZero();
		assertThat(personRolledUp(into)).isEqualTo(3);

		follower.start();
		Tracking.rollupsFollowed(db);
		assertThat(personRolledUp(previous)).isZero();
		assertThat(personRolledUp(into)).isEqualTo(3);
		assertThat(rolledUp(tracking.accountId(account))).isEqualTo(3);
	}

	@Test
	void aRemapOrARebuildCountsTheWaitingEventsOnce() {
		String account = "rf-remap-" + u, name = "RF Remapped " + u;
		List<Call> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(with(track("rf-remap-user-" + u, name, account), Map.of("tool", "t" + (i % 3))));
		}
		ingestion.ingest(calls, null);
		long accountId = tracking.accountId(account);

		taxonomy.map(name, EventCategory.FEATURE_USED, false, "tool");

		assertThat(waiting()).as("the remap applied what waited").isZero();
		assertThat(byFeature(accountId)).isEqualTo(Map.of("t0", 2L, "t1", 2L, "t2", 2L));

		ingestion.ingest(List.of(with(track("rf-remap-user-" + u, name, account), Map.of("tool", "t0"))), null);
		rollups.rebuildAll();
		assertThat(waiting()).as("the rebuild counted what waited").isZero();
		assertThat(byFeature(accountId)).isEqualTo(Map.of("t0", 3L, "t1", 2L, "t2", 2L));

		follower.start();
		Tracking.rollupsFollowed(db);
		assertThat(byFeature(accountId)).isEqualTo(Map.of("t0", 3L, "t1", 2L, "t2", 2L));
		assertThat(tracking.namedEvents(name)).isEqualTo(7);
	}

	@Test
	void aBatchRolledBackLeavesNoCounts() {
		String account = "rf-back-" + u, user = "rf-back-user-" + u;
		ingestion.ingest(List.of(track(user, "Signed In", account)), null);
		long accountId = tracking.accountId(account), personId = tracking.personId(user);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		NewEvent event = new NewEvent(id(), CallType.TRACK, "Signed In", accountId, personId, user, null, now, now, "{}", "{}", null);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(store.append(List.of(event))).isEqualTo(1);
			status.setRollbackOnly();
		});
		follower.start();
		Tracking.rollupsFollowed(db);

		assertThat(rolledUp(accountId)).as("only the committed batch").isEqualTo(1);
		assertThat(db.sql("select count(*) from events where message_id = ?").param(event.messageId()).query(Long.class).single()).isZero();
	}

	private long waiting() {
		return db.sql("select count(*) from rollup_deltas").query(Long.class).single();
	}

	private long rolledUp(long accountId) {
		return db.sql("select coalesce(sum(events), 0) from account_daily_events where account_id = ?").param(accountId).query(Long.class)
			.single();
	}

	private long personRolledUp(long personId) {
		return db.sql("select coalesce(sum(events), 0) from person_daily_events where person_id = ?").param(personId).query(Long.class)
			.single();
	}

	private Map<String, Long> byFeature(long accountId) {
		Map<String, Long> counts = new TreeMap<>();
		db.sql("select feature, sum(events) from account_daily_events where account_id = ? group by feature").param(accountId)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	private static String today() {
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
	}

	private static Call track(String userId, String event, String groupId) {
		Instant now = Instant.now();
		return new Call(CallType.TRACK, id(), userId, null, event, groupId, null, Map.of(), Map.of(), Map.of("groupId", groupId), now, now);
	}

	private static Call with(Call call, Map<String, Object> properties) {
		return new Call(call.type(), call.messageId(), call.userId(), call.anonymousId(), call.event(), call.groupId(), call.previousId(),
				properties, call.traits(), call.context(), call.occurredAt(), call.receivedAt());
	}

	/** First and last seen. */
	private List<Instant> seen(String userId) {
		return db.sql("select first_seen_at, last_seen_at from people where external_id = ?").param(userId)
			.query((rs, n) -> List.of(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
					rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
			.single();
	}

	private static Call at(Call call, Instant time) {
		return new Call(call.type(), call.messageId(), call.userId(), call.anonymousId(), call.event(), call.groupId(), call.previousId(),
				call.properties(), call.traits(), call.context(), time, time);
	}

	private static String id() {
		return "rf-" + UUID.randomUUID();
	}
}
