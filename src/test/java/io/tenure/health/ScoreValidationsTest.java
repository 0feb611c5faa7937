package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.health.ScoreValidations.Sample;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The track record of the score: AUC by hand, churn by band and days red before churn over a made history. */
@TenureTest
class ScoreValidationsTest {

	@Autowired
	ScoreValidations validations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void aucIsTheChanceThatAChurnedAccountScoredBelowOneThatStayed() {
		// churned 10 and 30, stayed 20 and 40: pairs (10,20) (10,40) (30,40) right, (30,20) wrong: 3 of 4
		assertThat(ScoreValidations.auc(List.of(sample(10, true), sample(20, false), sample(30, true), sample(40, false)))).isEqualTo(0.75);
		// a tie counts half: churned 50 against stayed 50 and 60: (50,60) right, (50,50) half
		assertThat(ScoreValidations.auc(List.of(sample(50, true), sample(50, false), sample(60, false)))).isEqualTo(0.75);
		assertThat(ScoreValidations.auc(List.of(sample(50, false), sample(60, false)))).as("no churn, no AUC").isNull();
	}

	@Test
	void churnByBandAndDaysRedBeforeChurnOverAMadeHistory() {
		LocalDate today = LocalDate.of(2026, 6, 30);
		LocalDate first = today.minusDays(300); // as-of days run from first + 90 to today - 90, weekly
		LocalDate from = first.plusDays(90);
		long stays = account(first.minusDays(10), null);
		long churns = account(first.minusDays(10), from.plusDays(50));
		// the staying account is green throughout; the churning one yellow, then red for the 20 days before it churned
		for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
			score(stays, d, 80, "GREEN");
			if (d.isBefore(from.plusDays(50))) {
				boolean red = !d.isBefore(from.plusDays(30));
				score(churns, d, red ? 30 : 55, red ? "RED" : "YELLOW");
			}
		}

		ScoreValidation v = validations.validate(first, today, new Long[] { stays, churns });

		assertThat(v.from()).isEqualTo(from);
		assertThat(v.to()).isEqualTo(today.minusDays(90));
		assertThat(v.asOfDays()).isEqualTo(18); // 120 days, weekly from the first: 0, 7, ... 119
		// the churning account: scored on as-of days 0, 7, ..., 49 (it churned on day 50): 8 samples, all within 90 days of churn
		assertThat(v.churnedSamples()).isEqualTo(8);
		assertThat(v.samples()).isEqualTo(18 + 8);
		assertThat(v.bands()).filteredOn(b -> b.band() == Band.GREEN).singleElement()
			.satisfies(b -> assertThat(b.churnRate()).isZero());
		assertThat(v.bands()).filteredOn(b -> b.band() == Band.RED).singleElement()
			.satisfies(b -> assertThat(b.samples()).isEqualTo(3)); // days 35, 42, 49
		assertThat(v.auc()).isEqualTo(1.0);
		assertThat(v.churnedAccounts()).isEqualTo(1);
		assertThat(v.redBeforeChurn()).isEqualTo(1);
		assertThat(v.medianDaysRedBeforeChurn()).isEqualTo(20);
		assertThat(v.daysRedBeforeChurn()).filteredOn(b -> b.fromDays() == 8).singleElement()
			.satisfies(b -> assertThat(b.accounts()).isEqualTo(1));
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(ScoreValidations.median(List.of(10, 20))).isEqualTo(15);
		assertThat(ScoreValidations.median(List.of(3, 10, 20))).isEqualTo(10);
		assertThat(ScoreValidations.median(List.of())).isNull();
	}

	private static Sample sample(double score, boolean churned) {
		return new Sample(score, Band.YELLOW, churned);
	}

	private long account(LocalDate since, LocalDate churnedOn) {
		var details = new AccountDetails("val-" + UUID.randomUUID(), "Validation", null, null, 5, null, null, Tier.STANDARD,
				LifecycleStage.ADOPTION, null, null, null, null, Map.of());
		long id = accounts.create(details, null, since.atStartOfDay(ZoneOffset.UTC).toInstant()).id();
		if (churnedOn != null) {
			var churned = new AccountDetails(details.externalId(), "Validation", null, null, 5, null, null, Tier.STANDARD,
					LifecycleStage.CHURNED, null, null, churnedOn, "Budget", Map.of());
			accounts.update(id, null, churned, null, churnedOn.atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		return id;
	}

	private void score(long account, LocalDate day, double score, String band) {
		db.sql("insert into account_scores (account_id, day, score, band, scorecard) values (?, ?, ?, ?, 'Test')")
			.params(account, day, score, band).update();
	}
}
