package io.tenure.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tenure.TenureTest;
import io.tenure.ingest.Call;
import io.tenure.ingest.Ingestion;
import io.tenure.ingest.Tracking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stored activity is announced as {@link ActivityRecorded} once the follower has added it to the
 * rollups, inside that transaction, naming the accounts and people of the activity actually stored:
 * nothing for a repeated message id or for calls that are not activity; and again, at once, when
 * activity becomes a person's.
 */
@TenureTest
class ActivityRecordedTest {

	@Autowired
	Ingestion ingestion;

	@Autowired
	EventStore store;

	@Autowired
	JdbcClient db;

	@Autowired
	ConfigurableApplicationContext context;

	/** ActivityRecorded as published (by the follower's thread or this one), and whether a transaction was active then. */
	final List<ActivityRecorded> published = new CopyOnWriteArrayList<>();
	final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
	final ApplicationListener<PayloadApplicationEvent<ActivityRecorded>> listener = event -> {
		published.add(event.getPayload());
		inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
	};

	Tracking tracking;
	String u;

	@BeforeEach
	void setUp() {
		context.addApplicationListener(listener);
		tracking = new Tracking(0, "unused", db);
		u = Tracking.unique();
	}

	@AfterEach
	void tearDown() {
		context.removeApplicationListener(listener);
	}

	@Test
	void storedActivityIsPublishedOnceWithItsAccountsAndPeopleAndARepeatIsNot() {
		String a = "ar-a-" + u, b = "ar-b-" + u, c = "ar-c-" + u;
		String u1 = "ar-u1-" + u, u2 = "ar-u2-" + u, u3 = "ar-u3-" + u, u4 = "ar-u4-" + u;
		List<Call> batch = List.of(track(u1, "Signed In", a), page(u2, a), track(u3, "Feature Used", b),
				identify(u4, c), track(u1, "Report Created", a));

		assertThat(ingestion.ingest(batch, null)).isEqualTo(5);

		assertThat(recorded()).singleElement().isEqualTo(new ActivityRecorded(
				Set.of(tracking.accountId(a), tracking.accountId(b)),
				Set.of(tracking.personId(u1), tracking.personId(u2), tracking.personId(u3))));
		assertThat(inTransaction).containsExactly(true);

		forgetPublished();
		assertThat(ingestion.ingest(batch, null)).as("the same message ids again").isZero();
		assertThat(recorded()).as("nothing new was stored").isEmpty();

		Call repeated = batch.get(2);
		Call fresh = track(u2, "Signed In", a);
		assertThat(ingestion.ingest(List.of(repeated, fresh), null)).isEqualTo(1);
		assertThat(recorded()).as("only the new event's account and person").singleElement()
			.isEqualTo(new ActivityRecorded(Set.of(tracking.accountId(a)), Set.of(tracking.personId(u2))));
	}

	@Test
	void anEventWhoseMessageIdIsStoredAlreadyIsNeitherCountedNorPublished() {
		String account = "ar-d-" + u, user = "ar-du-" + u;
		ingestion.ingest(List.of(track(user, "Signed In", account)), null);
		long accountId = tracking.accountId(account), personId = tracking.personId(user);
		forgetPublished();
		Instant now = Instant.now();
		NewEvent event = new NewEvent(id(), CallType.TRACK, "Signed In", accountId, personId, user, null, now, now, "{}", "{}", null);

		assertThat(store.append(List.of(event, event))).as("one message id twice in one append").isEqualTo(1);
		assertThat(recorded()).singleElement().isEqualTo(new ActivityRecorded(Set.of(accountId), Set.of(personId)));

		forgetPublished();
		assertThat(store.append(List.of(event))).isZero();
		assertThat(recorded()).isEmpty();
		assertThat(tracking.accountRollup(accountId, "Signed In")).isEqualTo(2);
		assertThat(tracking.personRollup(personId, "Signed In")).isEqualTo(2);
	}

	@Test
	void callsThatAreNotActivityPublishNothing() {
		String account = "ar-g-" + u, user = "ar-gu-" + u;
		Instant now = Instant.now();
		List<Call> calls = List.of(identify(user, account),
				new Call(CallType.GROUP, id(), user, null, null, account, null, Map.of(), Map.of("name", "Acme " + u), Map.of(), now,
						now),
				new Call(CallType.ALIAS, id(), user, null, null, null, "ar-prev-" + u, Map.of(), Map.of(), Map.of(), now, now));

		assertThat(ingestion.ingest(calls, null)).isEqualTo(3);
		assertThat(recorded()).isEmpty();
	}

	@Test
	void anAnonymousVisitorsActivityAdoptedByAPersonIsPublishedForThatPerson() {
		String visitor = "ar-anon-" + u, user = "ar-adopt-" + u, account = "ar-adopt-acct-" + u;
		Instant now = Instant.now();
		ingestion.ingest(List.of(new Call(CallType.TRACK, id(), null, visitor, "Article Viewed", null, null, Map.of(), Map.of(),
				Map.of(), now, now)), null);
		assertThat(recorded()).as("activity of nobody known yet").isEmpty();

		ingestion.ingest(List.of(new Call(CallType.IDENTIFY, id(), user, visitor, null, account, null, Map.of(),
				Map.of("email", user + "@example.com"), Map.of("groupId", account), now, now)), null);

		assertThat(recorded()).singleElement()
			.isEqualTo(new ActivityRecorded(Set.of(tracking.accountId(account)), Set.of(tracking.personId(user))));
		assertThat(inTransaction).containsExactly(true);
	}

	@Test
	void activityMovedByAnAliasIsPublishedForBothPeople() {
		String a = "ar-ma-" + u, b = "ar-mb-" + u, account = "ar-m-acct-" + u;
		ingestion.ingest(List.of(track(a, "Signed In", account), identify(b, null)), null);
		long personA = tracking.personId(a), personB = tracking.personId(b);
		forgetPublished();

		Instant now = Instant.now();
		ingestion.ingest(List.of(new Call(CallType.ALIAS, id(), b, null, null, null, a, Map.of(), Map.of(), Map.of(), now, now)),
				null);

		assertThat(recorded()).singleElement()
			.isEqualTo(new ActivityRecorded(Set.of(tracking.accountId(account)), Set.of(personA, personB)));
	}

	private void forgetPublished() {
		Tracking.rollupsFollowed(db);
		published.clear();
		inTransaction.clear();
	}

	/** What was published once the follower has applied everything stored so far. */
	private List<ActivityRecorded> recorded() {
		Tracking.rollupsFollowed(db);
		return List.copyOf(published);
	}

	private static Call track(String userId, String event, String groupId) {
		Instant now = Instant.now();
		return new Call(CallType.TRACK, id(), userId, null, event, groupId, null, Map.of("feature", "export"), Map.of(),
				Map.of("groupId", groupId), now, now);
	}

	private static Call page(String userId, String groupId) {
		Instant now = Instant.now();
		return new Call(CallType.PAGE, id(), userId, null, null, groupId, null, Map.of("name", "Home"), Map.of(),
				Map.of("groupId", groupId), now, now);
	}

	private static Call identify(String userId, String groupId) {
		Instant now = Instant.now();
		return new Call(CallType.IDENTIFY, id(), userId, null, null, groupId, null, Map.of(), Map.of("name", "Someone"),
				groupId == null ? Map.of() : Map.of("groupId", groupId), now, now);
	}

	private static String id() {
		return "ar-" + UUID.randomUUID();
	}
}
