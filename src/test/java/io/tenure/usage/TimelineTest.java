package io.tenure.usage;

import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.ingest.Tracking;
import io.tenure.ingest.WriteKeys;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The activity timeline fragments of the account and person pages: newest first, paged by 30. */
@TenureTest
class TimelineTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	WebSession web;
	Tracking tracking;
	String u;

	@BeforeEach
	void setUp() {
		var viewer = new StaffFixtures(staffUsers, apiTokens).member(Role.VIEWER);
		web = WebSession.login(port, viewer.email(), StaffFixtures.PASSWORD);
		u = Tracking.unique();
		tracking = new Tracking(port, writeKeys.create("timeline " + u, null), db);
	}

	@Test
	void accountAndPersonTimelinesListEventsNewestFirst() {
		String account = "tl-acct-" + u;
		String ada = "tl-ada-" + u;
		String bob = "tl-bob-" + u;
		tracking.batch(List.of(
				with(track(ada, "Step One " + u, account), "timestamp", "2025-05-01T09:00:00Z"),
				with(track(bob, "Step Two " + u, account), "timestamp", "2025-05-02T09:00:00Z"),
				with(track(ada, "Feature Used", account), "timestamp", "2025-05-03T09:00:00Z", "properties",
						Map.of("feature", "Exporter " + u)),
				with(track(ada, "Step Four " + u, account), "timestamp", "2025-05-04T09:00:00Z"))).expect(200);

		String accountTimeline = web.get("/accounts/" + tracking.accountId(account) + "/timeline").expect(200).body();
		assertThat(accountTimeline).contains("id=\"timeline\"").doesNotContainIgnoringCase("<html");
		assertInOrder(accountTimeline, "Step Four " + u, "Exporter " + u, "Step Two " + u, "Step One " + u);
		assertInOrder(accountTimeline, "2025-05-04 09:00", "2025-05-03 09:00", "2025-05-02 09:00", "2025-05-01 09:00");
		assertThat(accountTimeline).contains("Feature used", "href=\"/people/" + tracking.personId(bob) + "\"");

		String personTimeline = web.get("/people/" + tracking.personId(ada) + "/timeline").expect(200).body();
		assertInOrder(personTimeline, "Step Four " + u, "Exporter " + u, "Step One " + u);
		assertThat(personTimeline).doesNotContain("Step Two " + u);
	}

	@Test
	void longTimelinesArePagedBy30() {
		String account = "tl-long-" + u;
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int day = 1; day <= 32; day++) {
			batch.add(with(track("tl-long-user-" + u, "Long Step " + day + " " + u, account), "timestamp",
					java.time.LocalDate.of(2025, 1, 1).plusDays(day).atTime(12, 0) + ":00Z"));
		}
		tracking.batch(batch).expect(200);
		long accountId = tracking.accountId(account);

		String first = web.get("/accounts/" + accountId + "/timeline").expect(200).body();
		assertThat(first).contains("Long Step 32 " + u, "Long Step 3 " + u).doesNotContain("Long Step 2 " + u)
			.contains("/accounts/" + accountId + "/timeline?page=1");
		String second = web.get("/accounts/" + accountId + "/timeline?page=1").expect(200).body();
		assertInOrder(second, "Long Step 2 " + u, "Long Step 1 " + u);
		assertThat(second).doesNotContain("Long Step 3 " + u);
	}

	@Test
	void aTimelineTooLongToCountSaysThereAreMore() {
		String account = "tl-busy-" + u;
		tracking.send("track", track("tl-busy-user-" + u, "Busy Step " + u, account)).expect(200);
		long accountId = tracking.accountId(account);
		db.sql("""
				insert into events (message_id, type, name, account_id, occurred_at, received_at, properties)
				select 'tl-busy-' || ? || '-' || g, 'track', 'Signed In', ?, timestamptz '2024-01-01' + g * interval '1 minute', now(), '{}'
				from generate_series(1, ?) g""").params(u, accountId, Events.COUNTED).update();

		String first = web.get("/accounts/" + accountId + "/timeline").expect(200).body();
		assertThat(first).contains("Busy Step " + u, "Page 1 of the latest 10,000 events; there are more")
			.contains("/accounts/" + accountId + "/timeline?page=1").doesNotContain("Page 1 of 334");
	}

	@Test
	void anAccountWithoutEventsSaysSoAndAnonymousVisitorsMustLogIn() {
		assertThat(web.get("/accounts/" + Long.MAX_VALUE + "/timeline").expect(200).body()).contains("No activity yet.");
		WebSession.anonymous(port).get("/accounts/1/timeline").expectRedirect("/login");
	}

	private static void assertInOrder(String body, String... texts) {
		int at = -1;
		for (String text : texts) {
			int next = body.indexOf(text, at + 1);
			assertThat(next).as("'%s' after position %s in %s", text, at, body).isGreaterThan(at);
			at = next;
		}
	}
}
