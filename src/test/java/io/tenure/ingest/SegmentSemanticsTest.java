package io.tenure.ingest;

import static io.tenure.ingest.Tracking.alias;
import static io.tenure.ingest.Tracking.anonymousTrack;
import static io.tenure.ingest.Tracking.group;
import static io.tenure.ingest.Tracking.identify;
import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What identify, group, context.groupId and alias do to people, accounts and events. */
@TenureTest
class SegmentSemanticsTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String u;

	@BeforeEach
	void setUp() {
		tracking = new Tracking(port, writeKeys.create("semantics " + Tracking.unique(), null), db);
		u = Tracking.unique();
	}

	@Test
	void contextGroupIdCreatesTheAccountAndLinksTheEventAndLaterEventsFollowThePerson() {
		String user = "sem-user-" + u;
		String account = "sem-acct-" + u;
		var first = track(user, "Signed In", account);
		tracking.send("track", first).expect(200);

		long accountId = tracking.accountId(account);
		assertThat(tracking.account(account).orElseThrow()).containsEntry("name", account);
		assertThat(tracking.event(id(first)).get("account_id")).isEqualTo(accountId);
		assertThat(tracking.person(user).orElseThrow().get("account_id")).isEqualTo(accountId);

		var later = track(user, "Report Created");
		var laterPage = Tracking.page(user, "Settings");
		tracking.batch(List.of(later, laterPage)).expect(200);
		assertThat(tracking.event(id(later)).get("account_id")).isEqualTo(accountId);
		assertThat(tracking.event(id(laterPage)).get("account_id")).isEqualTo(accountId);
		assertThat(tracking.accountRollup(accountId, "Report Created")).isEqualTo(1);

		String elsewhere = "sem-other-" + u;
		var visiting = track(user, "Signed In", elsewhere);
		tracking.send("track", visiting).expect(200);
		assertThat(tracking.event(id(visiting)).get("account_id")).as("the event goes where its groupId says")
			.isEqualTo(tracking.accountId(elsewhere));
	}

	@Test
	void identifyUpdatesThePersonAndMergesTraits() {
		String user = "sem-id-" + u;
		tracking.send("identify", identify(user, Map.of("email", "old-" + u + "@example.com", "name", "Ada", "plan", "pro")))
			.expect(200);
		tracking.send("identify", identify(user, Map.of("email", "new-" + u + "@example.com", "title", "CTO", "seats", 12)))
			.expect(200);
		tracking.send("identify", identify(user, Map.of("firstName", "Ada", "lastName", "Lovelace"))).expect(200);

		Map<String, Object> person = tracking.person(user).orElseThrow();
		assertThat(person).containsEntry("email", "new-" + u + "@example.com").containsEntry("title", "CTO");
		assertThat(person.get("name")).as("the latest name wins").isEqualTo("Ada Lovelace");
		assertThat(person.get("traits").toString()).contains("\"plan\": \"pro\"", "\"seats\": 12", "\"title\": \"CTO\"");

		String named = "sem-names-" + u;
		tracking.send("identify", identify(named, Map.of("firstName", "Grace", "lastName", "Hopper"))).expect(200);
		assertThat(tracking.person(named).orElseThrow()).containsEntry("name", "Grace Hopper");
	}

	@Test
	void groupLinksTheUserToTheAccountAndUpdatesTheAccount() {
		String user = "sem-grp-" + u;
		String first = "sem-grp-a-" + u;
		String second = "sem-grp-b-" + u;
		tracking.send("identify", identify(user, Map.of("name", "Linus"))).expect(200);
		assertThat(tracking.person(user).orElseThrow().get("account_id")).isNull();

		tracking.send("group", group(user, first, Map.of("name", "First " + u, "employees", "40"))).expect(200);
		assertThat(tracking.person(user).orElseThrow().get("account_id")).isEqualTo(tracking.accountId(first));
		assertThat(tracking.account(first).orElseThrow()).containsEntry("name", "First " + u).containsEntry("employees", 40);

		tracking.send("group", group(user, first, Map.of("industry", "Retail", "website", "shop-" + u + ".example.org"))).expect(200);
		assertThat(tracking.account(first).orElseThrow()).containsEntry("name", "First " + u).containsEntry("industry", "Retail")
			.containsEntry("domain", "shop-" + u + ".example.org");

		tracking.send("group", group(user, second, Map.of())).expect(200);
		assertThat(tracking.person(user).orElseThrow().get("account_id")).as("a later group call moves the person")
			.isEqualTo(tracking.accountId(second));
	}

	@Test
	void aliasGivesAnAnonymousVisitorsEventsToTheUser() {
		String visitor = "anon-" + u;
		String user = "sem-alias-" + u;
		var before1 = anonymousTrack(visitor, "Content Viewed");
		var before2 = anonymousTrack(visitor, "Content Viewed");
		tracking.batch(List.of(before1, before2)).expect(200);
		assertThat(tracking.event(id(before1))).containsEntry("person_id", null).containsEntry("anonymous_id", visitor);

		tracking.send("alias", alias(visitor, user)).expect(200);

		long personId = tracking.personId(user);
		assertThat(tracking.event(id(before1)).get("person_id")).isEqualTo(personId);
		assertThat(tracking.event(id(before2)).get("person_id")).isEqualTo(personId);
		assertThat(tracking.personRollup(personId, "Content Viewed")).isEqualTo(2);
		List<String> span = tracking.span("person", personId, "Content Viewed");
		assertThat(span.get(0)).as("span kept with the adopted events").isNotNull().isEqualTo(span.get(1));
	}

	@Test
	void identifyWithAnonymousIdAdoptsTheVisitorsEventsIntoThePersonsAccount() {
		String visitor = "anon-id-" + u;
		String user = "sem-adopt-" + u;
		String account = "sem-adopt-acct-" + u;
		var browsing = anonymousTrack(visitor, "Article Viewed");
		tracking.send("track", browsing).expect(200);
		tracking.send("group", group(user, account, Map.of("name", "Adopting " + u))).expect(200);

		tracking.send("identify", with(identify(user, Map.of("email", "adopt-" + u + "@example.com")), "anonymousId", visitor))
			.expect(200);

		long personId = tracking.personId(user);
		long accountId = tracking.accountId(account);
		assertThat(tracking.event(id(browsing))).containsEntry("person_id", personId).containsEntry("account_id", accountId);
		assertThat(tracking.personRollup(personId, "Article Viewed")).isEqualTo(1);
		assertThat(tracking.accountRollup(accountId, "Article Viewed")).isEqualTo(1);
		for (List<String> span : List.of(tracking.span("person", personId, "Article Viewed"), tracking.span("account", accountId, "Article Viewed"))) {
			assertThat(span.get(0)).as("span kept with the adopted events").isNotNull().isEqualTo(span.get(1));
		}
	}

	@Test
	void aliasOfAKnownUserMovesTheirEventsAndRemovesThem() {
		String a = "sem-a-" + u;
		String b = "sem-b-" + u;
		String account = "sem-ab-acct-" + u;
		var aEvent = track(a, "Signed In", account);
		tracking.batch(List.of(identify(a, Map.of("email", "a-" + u + "@example.com", "legacy", true)), aEvent,
				track(a, "Signed In"))).expect(200);
		var bEvent = track(b, "Signed In");
		tracking.batch(List.of(identify(b, Map.of("name", "Bea")), bEvent)).expect(200);
		long personA = tracking.personId(a);

		tracking.send("alias", alias(a, b)).expect(200);

		long personB = tracking.personId(b);
		assertThat(tracking.person(a)).as("person A is merged away").isEmpty();
		assertThat(db.sql("select count(*) from events where person_id = ?").param(personA).query(Long.class).single()).isZero();
		assertThat(tracking.event(id(aEvent)).get("person_id")).isEqualTo(personB);
		assertThat(tracking.personRollup(personB, "Signed In")).isEqualTo(3);
		assertThat(tracking.personRollup(personA, "Signed In")).isZero();
		assertThat(tracking.span("person", personB, "Signed In").get(0)).isNotNull().isEqualTo(tracking.span("person", personB, "Signed In").get(1));
		assertThat(tracking.span("person", personA, "Signed In")).containsOnlyNulls();
		Map<String, Object> merged = tracking.person(b).orElseThrow();
		assertThat(merged).containsEntry("email", "a-" + u + "@example.com").containsEntry("name", "Bea")
			.containsEntry("account_id", tracking.accountId(account));
		assertThat(merged.get("traits").toString()).contains("legacy");
	}

	@Test
	void eventsAfterAnAliasInTheSameBatchGetTheMergedAccount() {
		String a = "sem-ma-" + u;
		String b = "sem-mb-" + u;
		String account = "sem-m-acct-" + u;
		tracking.send("track", track(a, "Signed In", account)).expect(200);

		var after = track(b, "Report Created");
		tracking.batch(List.of(alias(a, b), after)).expect(200);

		assertThat(tracking.person(b).orElseThrow().get("account_id")).isEqualTo(tracking.accountId(account));
		assertThat(tracking.event(id(after)).get("account_id")).as("B's next event, after B took over A's account")
			.isEqualTo(tracking.accountId(account));
	}

	private static String id(Map<String, Object> message) {
		return (String) message.get("messageId");
	}
}
