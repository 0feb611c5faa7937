package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The health pages as the server renders them: the account panel, badges for lists, the portfolio. */
@TenureTest
class HealthPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	Accounts accounts;

	@Autowired
	HealthScoring scoring;

	@Test
	void listsGetHealthBadgesAndThePortfolioShowsTheRedAccount() {
		LocalDate today = scoring.today();
		HealthFixture fixture = new HealthFixture(db, accounts);
		long steady = fixture.account(Tier.KEY, LifecycleStage.MATURE, today.minusYears(1));
		long silent = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusYears(1));
		fixture.steady(steady, today);
		scoring.scoreSome(today, List.of(steady, silent));
		WebSession web = WebSession.login(port, StaffFixtures.ADMIN_EMAIL, "admin-password-1");

		String badges = web.get("/health/badges?ids=" + steady + "," + silent + ",999999999", "HX-Request", "true").expect(200).body();
		assertThat(badges).contains("id=\"health-" + steady + "\"", "hx-swap-oob=\"true\"", "band GREEN", "band RED", "⚠ 1");
		web.get("/health/badges?ids=1,x", "HX-Request", "true").expect(400);
		web.get("/accounts/999999999/health", "HX-Request", "true").expect(404);
		web.get("/accounts/999999999/signals", "HX-Request", "true").expect(404);
		web.get("/people/999999999/signals", "HX-Request", "true").expect(404);
		web.get("/accounts/" + silent + "/signals?asOf=2999-01-01", "HX-Request", "true").expect(400);

		String panel = web.get("/accounts/" + silent + "/health", "HX-Request", "true").expect(200).body();
		assertThat(panel).contains("id=\"health-score\"", "band RED", "id=\"health-measures\"", "no data");

		String home = web.get("/?view=base").expect(200).body();
		assertThat(home).as("switching language keeps the view").contains("href=\"/?view=base&amp;lang=ru\"");
		assertThat(home).contains("portfolio-totals", "chart-owner", "/accounts/" + silent);
		String list = web.get("/accounts?q=" + io.tenure.platform.HttpApi.encode(accounts.get(silent).name())).expect(200).body();
		assertThat(list).contains("id=\"health-" + silent + "\"", "/health/badges?ids=" + silent);
	}
}
