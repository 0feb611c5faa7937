package io.tenure.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signals and indicators through the API: as-of reads, explanations, settings and the refusals. */
@TenureTest
class SignalsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	StaffUsers staff;

	@Autowired
	ApiTokens tokens;

	HttpApi api;
	String admin;
	String viewer;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		var fixtures = new StaffFixtures(staff, tokens);
		admin = fixtures.token(Role.ADMIN);
		viewer = fixtures.token(Role.VIEWER);
	}

	@AfterEach
	void defaults() {
		db.sql("delete from indicator_settings").update();
	}

	@Test
	void anAccountsSignalsAsOfADayWithTheIndicatorsThatFireExplained() {
		LocalDate day = LocalDate.of(2026, 2, 28);
		ActivityFixture fixture = new ActivityFixture(db, day, null);
		long person = fixture.person(UUID.randomUUID() + "@api.test");
		fixture.did(person, 1, "Password Reset Requested", 4).did(person, 2, "Signed In", 1);

		JsonNode body = api.get("/api/v1/accounts/" + fixture.accountId + "/signals?asOf=" + day, viewer).expect(200).json();

		assertThat(body.path("asOf").asText()).isEqualTo("2026-02-28");
		assertThat(body.path("signals").path("password_resets_30d").asDouble()).isEqualTo(4.0);
		assertThat(body.path("signals").path("days_since_last_login").asDouble()).isEqualTo(2.0);
		assertThat(body.path("signals").has("email_open_rate_30d")).isTrue();
		assertThat(body.path("signals").path("email_open_rate_30d").isNull()).as("nothing to measure is null, not 0").isTrue();
		assertThat(body.path("indicators").findValuesAsText("indicator")).contains("password_resets", "silent_account");
		assertThat(body.path("indicators").get(0).path("explanation").asText()).isEqualTo("4 password resets in the last 30 days.");

		JsonNode before = api.get("/api/v1/accounts/" + fixture.accountId + "/signals?asOf=" + day.minusDays(2), viewer).expect(200).json();
		assertThat(before.path("signals").path("password_resets_30d").asDouble()).isEqualTo(0.0);
	}

	@Test
	void aPersonsSignalsLeaveOutTheAccountOnlyOnes() {
		LocalDate day = LocalDate.of(2026, 2, 28);
		ActivityFixture fixture = new ActivityFixture(db, day, null);
		long person = fixture.person(UUID.randomUUID() + "@api.test");
		fixture.did(person, 0, "Signed In", 3);
		JsonNode body = api.get("/api/v1/people/" + person + "/signals?asOf=" + day, viewer).expect(200).json();
		assertThat(body.path("signals").path("logins_7d").asDouble()).isEqualTo(3.0);
		assertThat(body.path("signals").has("seat_use")).isFalse();
	}

	@Test
	void badDaysAndUnknownAccountsAreClearErrors() {
		api.get("/api/v1/accounts/999999999/signals", viewer).expectProblem(404);
		long account = new ActivityFixture(db, LocalDate.now(), null).accountId;
		var future = api.get("/api/v1/accounts/" + account + "/signals?asOf=2999-01-01", viewer);
		assertThat(future.expectProblem(400)).containsExactly("asOf");
		assertThat(future.body()).contains("past day");
		assertThat(api.get("/api/v1/accounts/" + account + "/signals?asOf=yesterday", viewer).expectProblem(400)).containsExactly("asOf");
	}

	@Test
	void anAdminChangesThresholdsAndABadValueChangesNothing() {
		JsonNode changed = api.put("/api/v1/indicators/password_resets", admin, Map.of("enabled", true, "thresholds",
				Map.of("resets_30d", 5))).expect(200).json();
		assertThat(changed.path("thresholds").get(0).path("value").asDouble()).isEqualTo(5.0);
		assertThat(changed.path("thresholds").get(0).path("defaultValue").asDouble()).isEqualTo(3.0);

		var refused = api.put("/api/v1/indicators/password_resets", admin, Map.of("enabled", false, "thresholds",
				Map.of("resets_30d", 0)));
		assertThat(refused.expectProblem(400)).containsExactly("thresholds.resets_30d");
		assertThat(refused.body()).contains("from 1 to 1000");
		var unknown = api.put("/api/v1/indicators/password_resets", admin, Map.of("enabled", true, "thresholds", Map.of("resetz", 4)));
		assertThat(unknown.expectProblem(400)).containsExactly("thresholds.resetz");
		assertThat(unknown.body()).contains("resets_30d");
		api.put("/api/v1/indicators/no_such_thing", admin, Map.of("enabled", true)).expectProblem(404);
		api.put("/api/v1/indicators/password_resets", admin, Map.of("thresholds", Map.of())).expectProblem(400);

		JsonNode now = api.get("/api/v1/indicators", viewer).expect(200).json();
		JsonNode resets = now.findParents("indicator").stream().filter(n -> n.path("indicator").asText().equals("password_resets"))
			.findFirst().orElseThrow();
		assertThat(resets.path("enabled").asBoolean()).as("the refused change left it on").isTrue();
		assertThat(resets.path("thresholds").get(0).path("value").asDouble()).isEqualTo(5.0);
	}

	@Test
	void aSwitchedOffIndicatorNoLongerFires() {
		LocalDate day = LocalDate.of(2026, 2, 28);
		long account = new ActivityFixture(db, day, null).accountId;
		assertThat(api.get("/api/v1/accounts/" + account + "/signals?asOf=" + day, viewer).expect(200).json().path("indicators")
			.findValuesAsText("indicator")).contains("silent_account");
		api.put("/api/v1/indicators/silent_account", admin, Map.of("enabled", false)).expect(200);
		assertThat(api.get("/api/v1/accounts/" + account + "/signals?asOf=" + day, viewer).expect(200).json().path("indicators")
			.findValuesAsText("indicator")).doesNotContain("silent_account");
	}
}
