package io.tenure.usage;

import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.ingest.Tracking;
import io.tenure.ingest.WriteKeys;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/v1/events: filters by account, person, name, category and [from, to), newest first, paged; bad input is 400. */
@TenureTest
class EventsApiTest {

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

	HttpApi api;
	String token;
	Tracking tracking;
	String u;
	String account;
	String ada;
	String bob;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		token = new StaffFixtures(staffUsers, apiTokens).token(Role.VIEWER);
		u = Tracking.unique();
		tracking = new Tracking(port, writeKeys.create("events api " + u, null), db);
		account = "evapi-acct-" + u;
		ada = "evapi-ada-" + u;
		bob = "evapi-bob-" + u;
		tracking.batch(List.of(
				with(track(ada, "Signed In", account), "timestamp", "2025-04-01T08:00:00Z"),
				with(track(ada, "Article Viewed", account), "timestamp", "2025-04-02T08:00:00Z"),
				with(track(bob, "Signed In", account), "timestamp", "2025-04-03T08:00:00Z"),
				with(track(bob, "Ticket Created", account), "timestamp", "2025-04-04T08:00:00Z", "properties", Map.of("priority", "high")),
				with(track(ada, "Signed In", account), "timestamp", "2025-04-05T08:00:00Z"))).expect(200);
	}

	@Test
	void byAccountNewestFirstWithCategoriesAndProperties() {
		JsonNode page = search("accountId=" + tracking.accountId(account));

		assertThat(page.path("total").asLong()).isEqualTo(5);
		assertThat(days(page)).containsExactly("2025-04-05", "2025-04-04", "2025-04-03", "2025-04-02", "2025-04-01");
		JsonNode ticket = page.path("items").get(1);
		assertThat(ticket.path("name").asText()).isEqualTo("Ticket Created");
		assertThat(ticket.path("category").asText()).isEqualTo("TICKET_OPENED");
		assertThat(ticket.path("type").asText()).isEqualTo("TRACK");
		assertThat(ticket.path("userId").asText()).isEqualTo(bob);
		assertThat(ticket.path("personId").asLong()).isEqualTo(tracking.personId(bob));
		assertThat(ticket.path("properties").path("priority").asText()).isEqualTo("high");
	}

	@Test
	void byPersonEventCategoryAndTimeRange() {
		long accountId = tracking.accountId(account);
		assertThat(days(search("personId=" + tracking.personId(ada)))).containsExactly("2025-04-05", "2025-04-02", "2025-04-01");
		assertThat(days(search("accountId=" + accountId + "&event=Signed%20In"))).containsExactly("2025-04-05", "2025-04-03",
				"2025-04-01");
		assertThat(days(search("accountId=" + accountId + "&category=KB_VIEW"))).containsExactly("2025-04-02");
		assertThat(days(search("accountId=" + accountId + "&category=LOGIN&personId=" + tracking.personId(bob))))
			.containsExactly("2025-04-03");
		assertThat(days(search("accountId=" + accountId + "&from=2025-04-02T08:00:00Z&to=2025-04-04T08:00:00Z")))
			.as("from inclusive, to exclusive").containsExactly("2025-04-03", "2025-04-02");
		assertThat(search("accountId=" + accountId + "&category=EMAIL_OPENED").path("total").asLong()).isZero();
	}

	@Test
	void pagesThroughTheResults() {
		long accountId = tracking.accountId(account);
		JsonNode first = search("accountId=" + accountId + "&size=2");
		JsonNode second = search("accountId=" + accountId + "&size=2&page=1");
		JsonNode third = search("accountId=" + accountId + "&size=2&page=2");

		assertThat(first.path("total").asLong()).isEqualTo(5);
		assertThat(first.path("size").asInt()).isEqualTo(2);
		assertThat(days(first)).containsExactly("2025-04-05", "2025-04-04");
		assertThat(days(second)).containsExactly("2025-04-03", "2025-04-02");
		assertThat(days(third)).containsExactly("2025-04-01");
		assertThat(search("accountId=" + accountId + "&size=100000").path("size").asInt()).isEqualTo(500);
	}

	@Test
	void badInputIsA400NamingTheParameter() {
		assertThat(api.get("/api/v1/events?category=NOT_A_CATEGORY", token).expectProblem(400)).containsExactly("category");
		assertThat(api.get("/api/v1/events?from=2025-04-03T00:00:00Z&to=2025-04-03T00:00:00Z", token).expectProblem(400))
			.containsExactly("from");
		assertThat(api.get("/api/v1/events?from=2025-04-04T00:00:00Z&to=2025-04-03T00:00:00Z", token).expectProblem(400))
			.containsExactly("from");
		assertThat(api.get("/api/v1/events?from=yesterday", token).expectProblem(400)).containsExactly("from");
		assertThat(api.get("/api/v1/events?accountId=abc", token).expectProblem(400)).containsExactly("accountId");
		assertThat(api.get("/api/v1/events?page=x", token).expectProblem(400)).containsExactly("page");
		api.get("/api/v1/events", null).expectProblem(401);
	}

	/** An account with more events than are counted: the total says "at least", and a time range counts exactly again. */
	@Test
	void aVeryBusyAccountIsCountedUpToTheCapAndNarrowedByTime() {
		long accountId = tracking.accountId(account);
		db.sql("""
				insert into events (message_id, type, name, account_id, occurred_at, received_at, properties)
				select 'evapi-busy-' || ? || '-' || g, 'track', 'Signed In', ?, timestamptz '2024-01-01' + g * interval '1 minute', now(), '{}'
				from generate_series(1, ?) g""").params(u, accountId, Events.COUNTED + 20).update();

		JsonNode page = search("accountId=" + accountId + "&size=100");
		assertThat(page.path("total").asLong()).isEqualTo(Events.COUNTED);
		assertThat(page.path("totalExact").asBoolean()).isFalse();
		assertThat(page.path("items")).hasSize(100);
		assertThat(days(page).get(0)).as("still newest first").isEqualTo("2025-04-05");

		JsonNode older = search("accountId=" + accountId + "&to=2024-01-01T01:00:00Z");
		assertThat(older.path("total").asLong()).as("59 minutes of one a minute").isEqualTo(59);
		assertThat(older.path("totalExact").asBoolean()).isTrue();
		assertThat(search("accountId=" + accountId + "&category=LOGIN&size=1").path("totalExact").asBoolean()).isFalse();
	}

	private JsonNode search(String query) {
		return api.get("/api/v1/events?" + query, token).expect(200).json();
	}

	private static List<String> days(JsonNode page) {
		List<String> days = new ArrayList<>();
		page.path("items").forEach(item -> days.add(item.path("occurredAt").asText().substring(0, 10)));
		return days;
	}
}
