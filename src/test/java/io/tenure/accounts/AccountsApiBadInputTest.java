package io.tenure.accounts;

import static io.tenure.accounts.AccountJson.account;
import static io.tenure.accounts.AccountJson.unique;
import static io.tenure.accounts.AccountJson.with;
import static io.tenure.accounts.AccountJson.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whatever a client sends, the API answers a problem that names the field at fault, stores nothing, and never fails with 500. */
@TenureTest
class AccountsApiBadInputTest {

	private static final String ACCOUNTS = "/api/v1/accounts";

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

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		if (token == null) {
			token = new StaffFixtures(staffUsers, apiTokens).token(Role.MANAGER);
		}
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(
				invalid("missing name", b -> without(b, "name"), "name"),
				invalid("blank name", b -> with(b, "name", "   "), "name"),
				invalid("name too long", b -> with(b, "name", "n".repeat(201)), "name"),
				invalid("country not ISO", b -> with(b, "country", "Germany"), "country"),
				invalid("domain with spaces", b -> with(b, "domain", "not a domain"), "domain"),
				invalid("negative employees", b -> with(b, "employees", -1), "employees"),
				invalid("employees as text", b -> with(b, "employees", "abc"), "employees"),
				invalid("employees beyond int", b -> with(b, "employees", 99_999_999_999L), "employees"),
				invalid("employees as boolean", b -> with(b, "employees", true), "employees"),
				invalid("unknown field", b -> with(b, "nmae", "typo"), "nmae"),
				invalid("unknown tier", b -> with(b, "tier", "GOLD"), "tier"),
				invalid("missing tier", b -> without(b, "tier"), "tier"),
				invalid("unknown stage", b -> with(b, "lifecycleStage", "DEAD"), "lifecycleStage"),
				invalid("churned without churnedAt", b -> with(b, "lifecycleStage", "CHURNED"), "churnedAt"),
				invalid("churnedAt while live", b -> with(b, "churnedAt", "2025-01-01"), "churnedAt"),
				invalid("churned before customer", b -> with(b, "lifecycleStage", "CHURNED", "churnedAt", "2020-01-01"), "churnedAt"),
				invalid("date not a date", b -> with(b, "customerSince", "yesterday"), "customerSince"),
				invalid("traits not an object", b -> with(b, "traits", new int[] { 1, 2 }), "traits"),
				invalid("unknown owner", b -> with(b, "ownerId", 987_654_321L), "ownerId"));
	}

	private static Arguments invalid(String what, UnaryOperator<Map<String, Object>> change, String field) {
		return Arguments.of(what, change, field);
	}

	@ParameterizedTest(name = "{0} -> 400 naming {2}")
	@MethodSource("invalidBodies")
	void rejectsAnInvalidAccountAndStoresNothing(String what, UnaryOperator<Map<String, Object>> change, String field) {
		String name = "Invalid " + unique();
		var body = change.apply(account(name));

		assertThat(api.post(ACCOUNTS, token, body).expectProblem(400)).contains(field);

		assertThat(stored(name, body.get("externalId"))).isZero();
	}

	@ParameterizedTest(name = "body {0} -> 400")
	@ValueSource(strings = { "{\"name\": ", "not json at all", "[]", "\"a string\"", "{\"name\": \"x\",}" })
	void rejectsMalformedJson(String body) {
		long before = db.sql("select count(*) from accounts").query(Long.class).single();

		api.post(ACCOUNTS, token, body).expectProblem(400);

		assertThat(db.sql("select count(*) from accounts").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void rejectsAnEmptyBodyAndAnotherMediaType() {
		api.send("POST", ACCOUNTS, token, "", "Content-Type", "application/json").expectProblem(400);
		api.send("POST", ACCOUNTS, token, HttpApi.text(account("Text " + unique())), "Content-Type", "text/plain").expectProblem(415);
	}

	@Test
	void aDuplicateExternalIdIsAConflictOnCreateAndUpdate() {
		var first = account("First " + unique());
		api.post(ACCOUNTS, token, first).expect(201);
		var second = with(account("Second " + unique()), "externalId", first.get("externalId"));

		assertThat(api.post(ACCOUNTS, token, second).expectProblem(409)).containsExactly("externalId");
		assertThat(stored((String) second.get("name"), "none")).isZero();

		var third = account("Third " + unique());
		long id = api.post(ACCOUNTS, token, third).expect(201).id();
		assertThat(api.put(ACCOUNTS + "/" + id, token, with(third, "externalId", first.get("externalId"))).expectProblem(409))
			.containsExactly("externalId");
		assertThat(api.get(ACCOUNTS + "/" + id, token).json().path("externalId").asText()).isEqualTo(third.get("externalId"));
	}

	@Test
	void anInvalidUpdateChangesNothing() {
		var body = account("Kept " + unique());
		long id = api.post(ACCOUNTS, token, body).expect(201).id();

		assertThat(api.put(ACCOUNTS + "/" + id, token, with(body, "name", "")).expectProblem(400)).contains("name");
		assertThat(api.put(ACCOUNTS + "/" + id, token, with(body, "tier", "GOLD")).expectProblem(400)).contains("tier");
		assertThat(api.put(ACCOUNTS + "/" + id, token, body, "If-Match", "yesterday").expectProblem(400)).contains("If-Match");

		var stored = api.get(ACCOUNTS + "/" + id, token).expect(200).json();
		assertThat(stored.path("name").asText()).isEqualTo(body.get("name"));
		assertThat(stored.path("version").asInt()).isZero();
	}

	static Stream<Arguments> invalidParameters() {
		return Stream.of(
				Arguments.of("?sort=popularity", "sort"),
				Arguments.of("?sort=" + HttpApi.encode("name; drop table accounts"), "sort"),
				Arguments.of("?tier=GOLD", "tier"),
				Arguments.of("?stage=DEAD", "stage"),
				Arguments.of("?ownerId=me", "ownerId"),
				Arguments.of("?page=first", "page"),
				Arguments.of("?size=many", "size"));
	}

	@ParameterizedTest(name = "list{0} -> 400 naming {1}")
	@MethodSource("invalidParameters")
	void rejectsInvalidListParameters(String query, String field) {
		assertThat(api.get(ACCOUNTS + query, token).expectProblem(400)).contains(field);
	}

	@ParameterizedTest(name = "asOf={0} -> 400")
	@ValueSource(strings = { "yesterday", "2026-13-45", "2026-01-31T12:00:00", "31.01.2026", "" })
	void rejectsAnInvalidAsOf(String asOf) {
		long id = api.post(ACCOUNTS, token, account("AsOf " + unique())).expect(201).id();

		assertThat(api.get(ACCOUNTS + "/" + id + "/state?asOf=" + HttpApi.encode(asOf), token).expectProblem(400)).contains("asOf");
	}

	@Test
	void aMissingAsOfIsA400() {
		long id = api.post(ACCOUNTS, token, account("No asOf " + unique())).expect(201).id();

		api.get(ACCOUNTS + "/" + id + "/state", token).expectProblem(400);
	}

	@Test
	void aFarAwayAsOfIsNotAServerError() {
		long id = api.post(ACCOUNTS, token, account("Far " + unique())).expect(201).id();

		for (String asOf : new String[] { "9999-12-31", "0001-01-01", "+100000-01-01T00:00:00Z", "-100000-01-01T00:00:00Z" }) {
			int status = api.get(ACCOUNTS + "/" + id + "/state?asOf=" + HttpApi.encode(asOf), token).status();
			assertThat(status).as("asOf=%s", asOf).isIn(200, 400, 404);
		}
	}

	@Test
	void aNonNumericIdIsA400NamingIt() {
		assertThat(api.get(ACCOUNTS + "/abc", token).expectProblem(400)).containsExactly("id");
		assertThat(api.get(ACCOUNTS + "/12abc/history", token).expectProblem(400)).containsExactly("id");
		assertThat(api.put(ACCOUNTS + "/abc", token, account("X " + unique())).expectProblem(400)).containsExactly("id");
		assertThat(api.get("/api/v1/people/abc", token).expectProblem(400)).containsExactly("id");
		assertThat(api.get("/api/v1/staff/abc", token).expectProblem(400)).containsExactly("id");
	}

	@Test
	void anUnsupportedMethodOrAnUnknownPathIsAProblemToo() {
		api.delete(ACCOUNTS + "/1", token).expectProblem(405);
		api.get("/api/v1/no-such-thing", token).expectProblem(404);
	}

	private long stored(String name, Object externalId) {
		return db.sql("select count(*) from accounts where name = ? or external_id = ?").params(name, String.valueOf(externalId))
			.query(Long.class).single();
	}
}
