package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.HttpApi.Reply;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The health API: explained scores as of a day, the kept history, scorecards in JSON and YAML, and recomputes. */
@TenureTest
class HealthApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	Accounts accounts;

	@Autowired
	HealthScoring scoring;

	@Autowired
	Scorecards scorecards;

	@Autowired
	StaffUsers staff;

	@Autowired
	ApiTokens tokens;

	HttpApi api;
	String admin;
	String csm;
	HealthFixture fixture;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		var fixtures = new StaffFixtures(staff, tokens);
		admin = fixtures.token(Role.ADMIN);
		csm = fixtures.token(Role.CSM);
		fixture = new HealthFixture(db, accounts);
		today = scoring.today();
	}

	@AfterEach
	void builtInDefaultAgain() {
		scorecards.stored().forEach(card -> scorecards.delete(card.id(), null));
	}

	@Test
	void anAccountsScoreAsOfADayExplainsItselfAndKeepsItsHistory() {
		long account = fixture.account(Tier.LARGE, LifecycleStage.MATURE, today.minusYears(1));
		fixture.steady(account, today.minusDays(10));
		scoring.scoreSome(today.minusDays(10), List.of(account));
		scoring.scoreSome(today, List.of(account));

		JsonNode now = api.get("/api/v1/accounts/" + account + "/health", csm).expect(200).json();
		JsonNode then = api.get("/api/v1/accounts/" + account + "/health?asOf=" + today.minusDays(10), csm).expect(200).json();

		assertThat(then.path("score").asDouble()).isGreaterThan(now.path("score").asDouble());
		assertThat(then.path("band").asText()).isEqualTo("GREEN");
		assertThat(now.path("scorecard").asText()).isEqualTo("Default");
		assertThat(now.path("measures").size()).isGreaterThan(10);
		JsonNode measure = now.path("measures").get(0);
		assertThat(measure.has("points") && measure.has("weight") && measure.has("effectiveWeight") && measure.has("value")).isTrue();
		assertThat(now.path("missingSignals").toString()).contains("seat_use");
		assertThat(now.path("movedSinceLastWeek").size()).isBetween(1, 3);
		assertThat(now.path("signals").has("logins_30d")).isTrue();

		JsonNode history = api.get("/api/v1/accounts/" + account + "/health/history?from=" + today.minusDays(30), csm).expect(200).json();
		assertThat(history.findValuesAsText("day")).containsExactly(today.minusDays(10).toString(), today.toString());
		assertThat(history.get(1).path("score").asDouble()).isEqualTo(now.path("score").asDouble());
	}

	@Test
	void badDaysAndUnknownAccountsAreClearErrors() {
		long account = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusDays(5));
		assertThat(api.get("/api/v1/accounts/" + account + "/health?asOf=" + today.minusDays(30), csm).expectProblem(400))
			.containsExactly("asOf");
		assertThat(api.get("/api/v1/accounts/" + account + "/health?asOf=" + today.plusDays(3), csm).expectProblem(400))
			.containsExactly("asOf");
		api.get("/api/v1/accounts/999999999/health", csm).expectProblem(404);
		assertThat(api.get("/api/v1/accounts/" + account + "/health/history?from=" + today + "&to=" + today.minusDays(1), csm)
			.expectProblem(400)).containsExactly("from");
	}

	@Test
	void aScorecardImportedAsYamlScoresItsTierAndABadOneChangesNothing() {
		String yaml = api.get("/api/v1/scorecards/default?format=yaml", csm).expect(200).body();
		assertThat(yaml).contains("name: Default", "active_days_30d");
		String keyOnly = yaml.replace("name: Default", "name: Key accounts").replaceFirst("tiers: \\[\\]", "tiers: [KEY]");
		assertThat(keyOnly).contains("tiers: [KEY]");

		Reply created = api.send("POST", "/api/v1/scorecards", admin, keyOnly, "Content-Type", "application/yaml");
		created.expect(201);
		long id = created.json().path("id").asLong();

		long key = fixture.account(Tier.KEY, LifecycleStage.MATURE, today.minusYears(1));
		long standard = fixture.account(Tier.STANDARD, LifecycleStage.MATURE, today.minusYears(1));
		assertThat(api.get("/api/v1/accounts/" + key + "/health", csm).expect(200).json().path("scorecard").asText()).isEqualTo("Key accounts");
		assertThat(api.get("/api/v1/accounts/" + standard + "/health", csm).expect(200).json().path("scorecard").asText()).isEqualTo("Default");

		String broken = keyOnly.replaceFirst("weight: 40", "weight: 45").replace("signal: seat_use", "signal: seats_used");
		Reply refused = api.send("PUT", "/api/v1/scorecards/" + id, admin, broken, "Content-Type", "application/yaml");
		List<String> fields = refused.expectProblem(400);
		assertThat(fields).containsExactlyInAnyOrder("groups", "groups[0].measures[3].signal"); // weights not adding up; unknown signal
		assertThat(refused.body()).contains("seats_used", "100");
		assertThat(scorecards.get(id).card().groups().get(0).weight()).as("the previous definition stays in force").isEqualTo(40.0);

		String json = api.get("/api/v1/scorecards/" + id, csm).expect(200).body();
		assertThat(ScorecardFormat.readJson(json)).isEqualTo(scorecards.get(id).card());
		api.send("POST", "/api/v1/scorecards", csm, keyOnly, "Content-Type", "application/yaml").expectProblem(403);
		api.send("POST", "/api/v1/scorecards", admin, keyOnly, "Content-Type", "application/yaml").expectProblem(409);
		api.send("POST", "/api/v1/scorecards", admin, "name: [unclosed", "Content-Type", "application/yaml").expectProblem(400);

		api.send("DELETE", "/api/v1/scorecards/" + id, admin, null).expect(204);
		assertThat(api.get("/api/v1/scorecards", csm).expect(200).json().get(0).path("builtIn").asBoolean()).isTrue();
	}

	@Test
	void anAdminStartsARecomputeAndFollowsIt() throws InterruptedException {
		long account = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusYears(1));
		fixture.steady(account, today);
		api.send("POST", "/api/v1/health/recompute?kind=TODAY", csm, null).expectProblem(403);
		api.send("POST", "/api/v1/health/recompute?kind=SOMETIMES", admin, null).expectProblem(400);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		Reply started;
		do {
			started = api.send("POST", "/api/v1/health/recompute?kind=TODAY", admin, null);
			if (started.status() == 409) {
				Thread.sleep(200);
			}
		}
		while (started.status() == 409 && Instant.now().isBefore(deadline));
		started.expect(202);
		JsonNode run;
		do {
			Thread.sleep(100);
			run = api.get("/api/v1/health/recompute", csm).expect(200).json();
		}
		while (run.path("finishedAt").isNull() && Instant.now().isBefore(deadline));
		assertThat(run.path("error").isNull()).isTrue();
		assertThat(run.path("daysDone").asInt()).isEqualTo(1);
		assertThat(db.sql("select band from account_health where account_id = ?").param(account).query(String.class).single()).isEqualTo("GREEN");
	}
}
