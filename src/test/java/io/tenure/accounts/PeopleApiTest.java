package io.tenure.accounts;

import static io.tenure.accounts.AccountJson.account;
import static io.tenure.accounts.AccountJson.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
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

@TenureTest
class PeopleApiTest {

	private static final String PEOPLE = "/api/v1/people";

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	JdbcClient db;

	HttpApi api;
	static String token;
	long accountId;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		if (token == null) {
			token = new StaffFixtures(staffUsers, apiTokens).token(Role.MANAGER);
		}
		accountId = api.post("/api/v1/accounts", token, account("People at " + unique())).expect(201).id();
	}

	@Test
	void createsGetsAndUpdatesAPerson() {
		var body = person("Ada " + unique(), "usr-" + unique(), "Ada.Lovelace@Example.com");
		body.put("title", "CTO");
		body.put("role", "CHAMPION");

		var created = api.post(PEOPLE, token, body).expect(201);
		long id = created.id();
		assertThat(created.header("Location")).endsWith(PEOPLE + "/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		JsonNode json = created.json();
		assertThat(json.path("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.path("accountName").asText()).startsWith("People at ");
		assertThat(json.path("role").asText()).isEqualTo("CHAMPION");
		assertThat(json.path("email").asText()).isEqualTo("Ada.Lovelace@Example.com");
		assertThat(api.get(PEOPLE + "/" + id, token).expect(200).json()).isEqualTo(json);
		assertThat(api.get(PEOPLE + "/by-external-id/" + body.get("externalId"), token).expect(200).id()).isEqualTo(id);

		body.put("title", "CEO");
		var updated = api.put(PEOPLE + "/" + id, token, body, "If-Match", "\"0\"").expect(200);
		assertThat(updated.json().path("title").asText()).isEqualTo("CEO");
		assertThat(updated.header("ETag")).isEqualTo("\"1\"");
		assertThat(api.put(PEOPLE + "/" + id, token, body, "If-Match", "\"0\"").expectProblem(409)).containsExactly("version");
		assertThat(api.get(PEOPLE + "/" + id, token).json().path("version").asInt()).isEqualTo(1);
	}

	@Test
	void searchesByNameEmailAndExternalIdAndListsThePeopleAtAnAccount() {
		String tag = unique();
		long ada = api.post(PEOPLE, token, person("Ada " + tag, "usr-a" + tag, null)).expect(201).id();
		long bob = api.post(PEOPLE, token, person("Bob", null, "bob-" + tag + "@example.com")).expect(201).id();
		long otherAccount = api.post("/api/v1/accounts", token, account("Elsewhere " + unique())).expect(201).id();
		var elsewhere = person("Cyd " + tag, null, "cyd@example.com");
		elsewhere.put("accountId", otherAccount);
		long cyd = api.post(PEOPLE, token, elsewhere).expect(201).id();

		assertThat(ids(PEOPLE + "?q=" + tag)).containsExactlyInAnyOrder(ada, bob, cyd);
		assertThat(ids(PEOPLE + "?q=bob-" + tag.toUpperCase())).as("email, any case").containsExactly(bob);
		assertThat(ids(PEOPLE + "?q=usr-a" + tag)).as("external id").containsExactly(ada);
		assertThat(ids(PEOPLE + "?q=" + tag + "&accountId=" + otherAccount)).containsExactly(cyd);
		assertThat(ids("/api/v1/accounts/" + accountId + "/people")).containsExactlyInAnyOrder(ada, bob);
		assertThat(ids(PEOPLE + "?q=" + tag + "&role=CHAMPION")).isEmpty();
		api.get("/api/v1/accounts/" + (Long.MAX_VALUE - 3) + "/people", token).expectProblem(404);
		api.get(PEOPLE + "/" + (Long.MAX_VALUE - 3), token).expectProblem(404);
	}

	@Test
	void aPersonNeedsAnExternalIdOrAnEmail() {
		String name = "Nobody " + unique();

		api.post(PEOPLE, token, person(name, null, null)).expectProblem(400);
		api.post(PEOPLE, token, person(name, "  ", "")).expectProblem(400);

		assertThat(db.sql("select count(*) from people where name = ?").param(name).query(Long.class).single()).isZero();
	}

	@Test
	void rejectsAnInvalidEmailAndSeenTimesOutOfOrder() {
		String name = "Invalid " + unique();
		assertThat(api.post(PEOPLE, token, person(name, null, "not-an-email")).expectProblem(400)).contains("email");
		var backwards = person(name, "usr-" + unique(), null);
		backwards.put("firstSeenAt", "2025-05-01T00:00:00Z");
		backwards.put("lastSeenAt", "2025-04-01T00:00:00Z");
		api.post(PEOPLE, token, backwards).expectProblem(400);
		var unknownRole = person(name, "usr-" + unique(), null);
		unknownRole.put("role", "OWNER");
		assertThat(api.post(PEOPLE, token, unknownRole).expectProblem(400)).contains("role");

		assertThat(db.sql("select count(*) from people where name = ?").param(name).query(Long.class).single()).isZero();
	}

	@Test
	void aDuplicateExternalIdIsAConflict() {
		String externalId = "usr-" + unique();
		api.post(PEOPLE, token, person("First", externalId, null)).expect(201);

		assertThat(api.post(PEOPLE, token, person("Second " + externalId, externalId, null)).expectProblem(409)).containsExactly("externalId");

		assertThat(db.sql("select count(*) from people where external_id = ?").param(externalId).query(Long.class).single()).isOne();
	}

	@Test
	void anUnknownAccountIsA400() {
		var body = person("Lost " + unique(), "usr-" + unique(), null);
		body.put("accountId", Long.MAX_VALUE - 5);

		assertThat(api.post(PEOPLE, token, body).expectProblem(400)).containsExactly("accountId");

		assertThat(db.sql("select count(*) from people where external_id = ?").param(body.get("externalId")).query(Long.class).single())
			.isZero();
	}

	private Map<String, Object> person(String name, String externalId, String email) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accountId", accountId);
		body.put("externalId", externalId);
		body.put("email", email);
		body.put("name", name);
		return body;
	}

	private List<Long> ids(String path) {
		List<Long> ids = new ArrayList<>();
		api.get(path, token).expect(200).json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}
}
