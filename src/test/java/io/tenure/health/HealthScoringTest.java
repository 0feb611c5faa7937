package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scores kept per day, today's latest health, and the explanation, against the default scorecard. */
@TenureTest
class HealthScoringTest {

	@Autowired
	HealthScoring scoring;

	@Autowired
	AccountHealth health;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient db;

	HealthFixture fixture;
	LocalDate today;

	@BeforeEach
	void setUp() {
		fixture = new HealthFixture(db, accounts);
		today = scoring.today();
	}

	@Test
	void aSteadyAccountIsGreenAndASilentOneRedEachDayKept() {
		long steady = fixture.account(Tier.LARGE, LifecycleStage.MATURE, today.minusYears(1));
		long silent = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusYears(1));
		fixture.steady(steady, today);
		for (int back = 35; back <= 70; back++) {
			fixture.did(silent, today.minusDays(back), "Signed In", "", 1).did(silent, today.minusDays(back), "Feature Used", "reports", 1);
		}
		fixture.did(silent, today.minusDays(29), "Signed In", "", 1).did(silent, today.minusDays(5), "Email Delivered", "", 6);

		assertThat(scoring.scoreSome(today, List.of(steady, silent))).isEqualTo(2);
		assertThat(scoring.scoreSome(today.minusDays(40), List.of(steady, silent))).isEqualTo(2);

		assertThat(band(steady, today)).isEqualTo("GREEN");
		assertThat(band(silent, today)).isEqualTo("RED");
		assertThat(score(silent, today.minusDays(40))).as("40 days ago it was still using the product")
			.isGreaterThan(score(silent, today) + 20);
		assertThat(db.sql("select band from account_health where account_id = ?").param(silent).query(String.class).single()).isEqualTo("RED");
		assertThat(db.sql("select indicators from account_health where account_id = ?").param(silent)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single()).contains("silent_account");
		assertThat(health.history(silent, today.minusDays(60), today)).extracting(AccountHealth.DayScore::day)
			.containsExactly(today.minusDays(40), today);
	}

	@Test
	void churnedAccountsAndAccountsNotYetCreatedAreNotScored() {
		long churned = fixture.account(Tier.STANDARD, LifecycleStage.CHURNED, today.minusDays(100));
		long later = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusDays(10));
		assertThat(scoring.scoreSome(today, List.of(churned))).isZero();
		assertThat(scoring.scoreSome(today.minusDays(20), List.of(later))).isZero();
		assertThat(scoring.scoreSome(today, List.of(later))).isEqualTo(1);
		assertThat(health.explain(later, today.minusDays(20))).as("did not exist then").isEmpty();
	}

	@Test
	void theExplanationShowsEveryMeasureTheMissingOnesAndWhatMovedIt() {
		long account = fixture.account(Tier.STANDARD, LifecycleStage.ADOPTION, today.minusYears(1));
		fixture.steady(account, today.minusDays(7));

		HealthExplanation h = health.explain(account, today).orElseThrow();

		assertThat(h.scorecard()).isEqualTo("Default");
		assertThat(h.score().measures()).hasSize(DefaultScorecard.definition().groups().stream().mapToInt(g -> g.measures().size()).sum());
		assertThat(h.score().missingSignals()).contains("seat_use");
		assertThat(h.score().measure("seat_use").orElseThrow().effectiveWeight()).isZero();
		double effective = h.score().measures().stream().mapToDouble(MeasureScore::effectiveWeight).sum();
		assertThat(effective).as("missing weight spread over the rest").isCloseTo(100.0, org.assertj.core.api.Assertions.within(0.01));
		assertThat(h.weekChange()).as("a week of silence costs points").isNegative();
		assertThat(h.trend()).isEqualTo("DOWN");
		assertThat(h.change().factors()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(h.change().factors().get(0).contributionChange()).isNegative();
	}

	private double score(long account, LocalDate day) {
		return db.sql("select score from account_scores where account_id = ? and day = ?").params(account, day).query(Double.class).single();
	}

	private String band(long account, LocalDate day) {
		return db.sql("select band from account_scores where account_id = ? and day = ?").params(account, day).query(String.class).single();
	}
}
