package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /api/v1/segments: managers write, everyone reads; a refused definition leaves the previous in force. */
@TenureTest
class SegmentsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	HealthScoring scoring;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	@Autowired
	HealthRuns runs;

	HttpApi api;
	StaffFixtures staff;
	SegmentFixture fixture;
	String manager;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		staff = new StaffFixtures(staffUsers, tokens);
		fixture = new SegmentFixture(db, accounts, people);
		manager = staff.token(Role.MANAGER);
		SegmentFixture.awaitNoRecompute(runs);
	}

	@Test
	void aManagerCreatesReadsChangesAndDeletesASegment() {
		long key = fixture.account("Key", Tier.KEY, LifecycleStage.MATURE, null, null);
		long standard = fixture.account("Std", Tier.STANDARD, LifecycleStage.MATURE, null, null);
		fixture.health(key, 30.0, "RED", Map.of("login_trend", -45.0)).health(standard, 70.0, "GREEN", Map.of("login_trend", -45.0));

		var created = api.post("/api/v1/segments", manager, definition("Falling " + fixture.tag, "accounts",
				condition("industry", "is", fixture.tag), condition("tier", "IS", "key"), condition("login_trend", "<=", "-30"))).expect(201);
		long id = created.id();
		assertThat(created.header("Location")).endsWith("/api/v1/segments/" + id);
		JsonNode body = created.json();
		assertThat(body.path("subject").asText()).isEqualTo("ACCOUNTS");
		assertThat(body.path("count").asLong()).isEqualTo(1);
		assertThat(body.path("conditions").get(1).toString()).isEqualTo("{\"field\":\"tier\",\"operator\":\"is\",\"value\":\"KEY\"}");
		assertThat(body.path("conditions").get(2).path("value").asInt()).isEqualTo(-30);

		JsonNode listed = find(api.get("/api/v1/segments", staff.token(Role.VIEWER)).expect(200).json(), id);
		assertThat(listed.path("count").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/segments/" + id, staff.token(Role.VIEWER)).expect(200).json().path("name").asText())
			.isEqualTo("Falling " + fixture.tag);

		JsonNode members = api.get("/api/v1/segments/" + id + "/members?page=0&size=10", staff.token(Role.VIEWER)).expect(200).json();
		assertThat(members.path("total").asLong()).isEqualTo(1);
		assertThat(members.path("items").get(0).path("id").asLong()).isEqualTo(key);
		assertThat(members.path("items").get(0).path("band").asText()).isEqualTo("RED");
		assertThat(members.path("items").get(0).path("figures").path("login_trend").asDouble()).isEqualTo(-45.0);

		var changed = api.put("/api/v1/segments/" + id, manager, definition("Falling " + fixture.tag, "ACCOUNTS",
				condition("industry", "is", fixture.tag), condition("login_trend", "<=", -30))).expect(200).json();
		assertThat(changed.path("count").asLong()).isEqualTo(2);

		api.delete("/api/v1/segments/" + id, manager).expect(204);
		api.get("/api/v1/segments/" + id, manager).expectProblem(404);
		api.delete("/api/v1/segments/" + id, manager).expectProblem(404);
	}

	@Test
	void aRefusedDefinitionNamesEachFieldAndLeavesThePreviousInForce() {
		long id = api.post("/api/v1/segments", manager, definition("Kept " + fixture.tag, "ACCOUNTS",
				condition("industry", "is", fixture.tag))).expect(201).id();
		api.post("/api/v1/segments", manager, definition("Other " + fixture.tag, "ACCOUNTS", condition("tier", "is", "KEY"))).expect(201);
		String before = api.get("/api/v1/segments/" + id, manager).expect(200).json().toString();

		assertThat(api.put("/api/v1/segments/" + id, manager, definition("Kept " + fixture.tag, "ACCOUNTS",
				condition("industry", "is", fixture.tag), condition("logins_per_hour", ">", 1), condition("tier", "<", "KEY"),
				condition("login_trend", "<=", "many"), condition("indicator", "firing", "on_fire"))).expectProblem(400))
			.containsExactly("conditions[1].field", "conditions[2].operator", "conditions[3].value", "conditions[4].value");
		assertThat(api.put("/api/v1/segments/" + id, manager, definition("other " + fixture.tag.toUpperCase(), "ACCOUNTS",
				condition("tier", "is", "KEY"))).expectProblem(400)).as("a name in use, regardless of case").containsExactly("name");
		assertThat(api.put("/api/v1/segments/" + id, manager, definition(" ", "CUSTOMERS")).expectProblem(400))
			.containsExactly("name", "subject", "conditions");
		assertThat(api.put("/api/v1/segments/" + id, manager, "{\"name\": \"x\", \"subject\": \"ACCOUNTS\", \"colour\": \"red\"}")
			.expectProblem(400)).containsExactly("colour");
		assertThat(api.put("/api/v1/segments/" + id, manager, Map.of("name", "x", "subject", "ACCOUNTS", "match", "SOME",
				"conditions", List.of(condition("tier", "is", "KEY")))).expectProblem(400)).containsExactly("match");

		assertThat(api.get("/api/v1/segments/" + id, manager).expect(200).json().toString()).isEqualTo(before);
		assertThat(api.post("/api/v1/segments", manager, definition("Kept " + fixture.tag, "ACCOUNTS", condition("tier", "is", "KEY")))
			.expectProblem(400)).containsExactly("name");
		assertThat(db.sql("select count(*) from segments where name like ?").param("%" + fixture.tag).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void onlyManagersAndAdminsWriteAndNothingChangesWhenRefused() {
		long id = api.post("/api/v1/segments", staff.token(Role.ADMIN), definition("Admin's " + fixture.tag, "ACCOUNTS",
				condition("tier", "is", "KEY"))).expect(201).id();
		String before = api.get("/api/v1/segments/" + id, manager).json().toString();
		for (Role role : List.of(Role.CSM, Role.VIEWER)) {
			String token = staff.token(role);
			api.post("/api/v1/segments", token, definition(role + " " + fixture.tag, "ACCOUNTS", condition("tier", "is", "KEY")))
				.expectProblem(403);
			api.put("/api/v1/segments/" + id, token, definition("Changed " + fixture.tag, "ACCOUNTS", condition("tier", "is", "KEY")))
				.expectProblem(403);
			api.delete("/api/v1/segments/" + id, token).expectProblem(403);
			api.get("/api/v1/segments/" + id + "/members", token).expect(200);
		}
		assertThat(api.get("/api/v1/segments/" + id, manager).json().toString()).isEqualTo(before);
		assertThat(db.sql("select count(*) from segments where name like ?").param("%" + fixture.tag).query(Long.class).single()).isEqualTo(1);
		api.post("/api/v1/segments/preview", staff.token(Role.CSM), definition(null, "ACCOUNTS", condition("tier", "is", "KEY"))).expect(200);
	}

	@Test
	void aPreviewCountsAnUnsavedDefinitionOrSaysWhatToFix() {
		long key = fixture.account("Key", Tier.KEY, LifecycleStage.MATURE, null, null);
		long person = fixture.person(key, "Asker", PersonRole.USER);
		fixture.did(person, key, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10), "Ticket Created", "", 1);
		scoring.refreshPeople(scoring.today(), java.util.List.of(key)); // as the scoring does after new activity

		JsonNode preview = api.post("/api/v1/segments/preview", manager, definition(null, "people",
				condition("account_industry", "is", fixture.tag), condition("tickets_without_success", ">=", 1))).expect(200).json();
		assertThat(preview.path("count").asLong()).isEqualTo(1);
		assertThat(preview.path("subject").asText()).isEqualTo("PEOPLE");
		assertThat(preview.path("first").get(0).path("id").asLong()).isEqualTo(person);
		assertThat(preview.path("first").get(0).path("accountId").asLong()).isEqualTo(key);

		assertThat(api.post("/api/v1/segments/preview", manager, definition(null, "PEOPLE", condition("tier", "is", "KEY")))
			.expectProblem(400)).containsExactly("conditions[0].field");
		api.get("/api/v1/segments/" + Long.MAX_VALUE + "/members", manager).expectProblem(404);
		assertThat(api.get("/api/v1/segments/1/members?size=1000", manager).expectProblem(400)).containsExactly("size");
	}

	@Test
	void theDefaultSegmentsAreThereFromTheStart() {
		JsonNode all = api.get("/api/v1/segments", manager).expect(200).json();
		JsonNode falling = byName(all, "Key accounts with falling logins");
		assertThat(falling.path("conditions").toString())
			.isEqualTo("[{\"field\":\"tier\",\"operator\":\"is\",\"value\":\"KEY\"},{\"field\":\"login_trend\",\"operator\":\"<=\",\"value\":-30}]");
		assertThat(falling.path("count").isNumber()).isTrue();
		JsonNode tickets = byName(all, "People who opened tickets and did not convert afterwards");
		assertThat(tickets.path("subject").asText()).isEqualTo("PEOPLE");
		assertThat(tickets.path("count").isNumber()).isTrue();
		assertThat(byName(all, "Silent accounts").path("count").isNumber()).isTrue();

		JsonNode fields = api.get("/api/v1/segments/fields?subject=PEOPLE", manager).expect(200).json();
		assertThat(fields.findValuesAsText("key")).contains("role", "account_tier", "tickets_without_success").doesNotContain("seat_use");
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode s : list) {
			if (s.path("id").asLong() == id) {
				return s;
			}
		}
		throw new AssertionError("segment " + id + " not listed");
	}

	private static JsonNode byName(JsonNode list, String name) {
		for (JsonNode s : list) {
			if (s.path("name").asText().equals(name)) {
				return s;
			}
		}
		throw new AssertionError(name + " not listed");
	}

	static Map<String, Object> definition(String name, String subject, Map<?, ?>... conditions) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("subject", subject);
		body.put("conditions", List.of(conditions));
		return body;
	}

	static Map<String, Object> condition(String field, String operator, Object value) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("field", field);
		c.put("operator", operator);
		c.put("value", value);
		return c;
	}
}
