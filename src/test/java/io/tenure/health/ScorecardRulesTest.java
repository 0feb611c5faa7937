package io.tenure.health;

import java.util.List;
import java.util.Set;

import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import static io.tenure.health.Band.GREEN;
import static io.tenure.health.Band.RED;
import static io.tenure.health.Band.YELLOW;
import static io.tenure.health.Cards.band;
import static io.tenure.health.Cards.card;
import static io.tenure.health.Cards.group;
import static io.tenure.health.Cards.linear;
import static io.tenure.health.Cards.steps;
import static io.tenure.health.Cards.usualBands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardRulesTest {

	private static final MeasureGroup USAGE = group("Usage", 100, linear("logins_30d", 100, 0, 0, 10, 100));

	@Test
	void theFixtureAndTheDefaultAreValid() {
		assertThat(ScorecardRules.problems(Cards.fixture())).isEmpty();
		assertThat(ScorecardRules.problems(DefaultScorecard.definition())).isEmpty();
	}

	@Test
	void anUnknownSignalIsNamedWithTheSignalsThatExist() {
		Scorecard card = card(usualBands(), group("Usage", 100, linear("logins_90d", 100, 0, 0, 10, 100)));

		problem(card, "groups[0].measures[0].signal").contains("unknown signal \"logins_90d\"").contains("logins_30d, active_days_7d");
	}

	@Test
	void aMeasureWithoutSignalOrScoringIsNamed() {
		Scorecard card = card(usualBands(), group("Usage", 100, new Measure(null, 100, null)));

		problem(card, "groups[0].measures[0].signal").startsWith("name the signal");
		problem(card, "groups[0].measures[0].scoring").contains("thresholds").contains("linear");
	}

	@Test
	void groupWeightsMustAddUpTo100() {
		Scorecard card = card(usualBands(), group("Usage", 60, linear("logins_30d", 100, 0, 0, 10, 100)),
				group("Mail", 30, linear("email_open_rate_30d", 100, 0, 0, 1, 100)));

		problem(card, "groups").isEqualTo("the group weights add up to 90 (Usage 60, Mail 30) but must add up to 100");
	}

	@Test
	void roundingWithinAHundredthIsAccepted() {
		Scorecard card = card(usualBands(), group("A", 33.33, linear("logins_30d", 100, 0, 0, 10, 100)),
				group("B", 33.33, linear("kb_views_30d", 100, 0, 0, 10, 100)),
				group("C", 33.33, linear("seat_use", 100, 0, 0, 1, 100)));

		assertThat(ScorecardRules.problems(card)).extracting(FieldProblem::field).doesNotContain("groups");
		Scorecard off = card(usualBands(), group("A", 33.3, linear("logins_30d", 100, 0, 0, 10, 100)),
				group("B", 33.3, linear("kb_views_30d", 100, 0, 0, 10, 100)),
				group("C", 33.3, linear("seat_use", 100, 0, 0, 1, 100)));
		problem(off, "groups").contains("add up to 99.9");
	}

	@Test
	void measureWeightsMustAddUpTo100WithinTheirGroup() {
		Scorecard card = card(usualBands(), group("Usage", 100, linear("logins_30d", 70, 0, 0, 10, 100),
				linear("active_days_30d", 40, 0, 0, 20, 100)));

		problem(card, "groups[0].measures").contains("group \"Usage\" add up to 110 (logins_30d 70, active_days_30d 40)");
	}

	@Test
	void weightsMustBePositive() {
		Scorecard card = card(usualBands(), group("Usage", 100, linear("logins_30d", 100, 0, 0, 10, 100),
				linear("active_days_30d", 0, 0, 0, 20, 100)), group("Mail", 0, linear("email_open_rate_30d", 100, 0, 0, 1, 100)));

		problem(card, "groups[0].measures[1].weight").startsWith("must be greater than 0");
		problem(card, "groups[1].weight").startsWith("must be greater than 0");
	}

	@Test
	void aScorecardNeedsANameAndGroupsWithMeasures() {
		problem(new Scorecard(" ", null, usualBands(), List.of(USAGE)), "name");
		problem(new Scorecard("Empty", null, usualBands(), List.of()), "groups").startsWith("add at least one group");
		problem(card(usualBands(), new MeasureGroup("Usage", 100, List.of())), "groups[0].measures").startsWith("add at least one measure");
		problem(card(usualBands(), new MeasureGroup(null, 100, USAGE.measures())), "groups[0].name");
	}

	@Test
	void aSignalIsScoredOncePerScorecard() {
		Scorecard card = card(usualBands(), group("Usage", 50, linear("logins_30d", 100, 0, 0, 10, 100)),
				group("Again", 50, linear("kb_views_30d", 50, 0, 0, 10, 100), linear("logins_30d", 50, 0, 0, 20, 100)));

		problem(card, "groups[1].measures[1].signal").isEqualTo("signal \"logins_30d\" is already scored at groups[0].measures[0]; "
				+ "score each signal once per scorecard");
	}

	@Test
	void thresholdsMustGoUp() {
		Scorecard card = card(usualBands(), group("Usage", 100, steps("logins_30d", 100, 10, 50, 5, 0, 100)));

		problem(card, "groups[0].measures[0].scoring.steps[1].below").startsWith("must be greater than the step before (10)");
	}

	@Test
	void thresholdsEndWithExactlyOneUnboundedStep() {
		Thresholds unboundedFirst = new Thresholds(List.of(new Thresholds.Step(null, 0), new Thresholds.Step(null, 100)));
		Thresholds boundedLast = new Thresholds(List.of(new Thresholds.Step(5.0, 0), new Thresholds.Step(10.0, 100)));
		Scorecard card = card(usualBands(), group("Usage", 100, new Measure("logins_30d", 50, unboundedFirst),
				new Measure("kb_views_30d", 50, boundedLast)));

		problem(card, "groups[0].measures[0].scoring.steps[0].below").startsWith("only the last step may go without \"below\"");
		problem(card, "groups[0].measures[1].scoring.steps[1].below").startsWith("the last step takes every value left");
		problem(card(usualBands(), group("Usage", 100, new Measure("logins_30d", 100, new Thresholds(List.of())))),
				"groups[0].measures[0].scoring.steps").startsWith("add steps");
	}

	@Test
	void pointsLieWithin0And100() {
		Scorecard card = card(usualBands(), group("Usage", 100, steps("logins_30d", 50, 5, -10, 100),
				linear("kb_views_30d", 50, 0, 0, 10, 120)));

		problem(card, "groups[0].measures[0].scoring.steps[0].points").isEqualTo("must be between 0 and 100, not -10");
		problem(card, "groups[0].measures[1].scoring.to.points").isEqualTo("must be between 0 and 100, not 120");
	}

	@Test
	void aLineNeedsTwoDifferentValues() {
		problem(card(usualBands(), group("Usage", 100, linear("logins_30d", 100, 5, 0, 5, 100))),
				"groups[0].measures[0].scoring.to.value").startsWith("must differ from from.value (5)");
	}

	@Test
	void overlappingBandsAreNamed() {
		Scorecard card = card(List.of(band(RED, 0, 45), band(YELLOW, 40, 70), band(GREEN, 70, 100)), USAGE);

		problem(card, "bands[1].from").startsWith("YELLOW overlaps RED from 40 to 45");
	}

	@Test
	void aGapBetweenBandsIsNamed() {
		Scorecard card = card(List.of(band(RED, 0, 40), band(YELLOW, 45, 70), band(GREEN, 70, 100)), USAGE);

		problem(card, "bands[1].from").startsWith("gap: no band covers 40 to 45");
	}

	@Test
	void bandsCoverFrom0To100() {
		Scorecard card = card(List.of(band(GREEN, 70, 95), band(RED, 5, 40), band(YELLOW, 40, 70)), USAGE);

		problem(card, "bands[1].from").startsWith("the lowest band must start at 0");
		problem(card, "bands[0].to").startsWith("the highest band must end at 100");
		problem(card(List.of(), USAGE), "bands").startsWith("add bands");
	}

	@Test
	void eachBandOnceAndInOrder() {
		problem(card(List.of(band(RED, 0, 40), band(RED, 40, 70), band(GREEN, 70, 100)), USAGE), "bands[1].band")
				.startsWith("RED is already defined at bands[0]");
		problem(card(List.of(band(GREEN, 0, 40), band(YELLOW, 40, 70), band(RED, 70, 100)), USAGE), "bands")
				.endsWith("must go RED, YELLOW, GREEN, not GREEN, YELLOW, RED");
		problem(card(List.of(band(RED, 0, 40), band(YELLOW, 70, 40), band(GREEN, 70, 100)), USAGE), "bands[1].to")
				.startsWith("must be greater than from (70)");
	}

	@Test
	void tiersAndStagesMustBeKnown() {
		Scorecard card = new Scorecard("Gold", new Applicability(Set.of("GOLD"), Set.of("RENEWAL")), usualBands(), List.of(USAGE));

		problem(card, "appliesTo.tiers").contains("unknown tier \"GOLD\"; use STANDARD, LARGE, KEY");
		problem(card, "appliesTo.stages").contains("unknown stage \"RENEWAL\"");
	}

	@Test
	void allProblemsComeInOneException() {
		Scorecard card = new Scorecard(null, null, List.of(band(RED, 0, 45), band(GREEN, 40, 100)),
				List.of(group("Usage", 90, linear("logins_90d", 100, 0, 0, 10, 100))));

		assertThatThrownBy(() -> ScorecardRules.check(card)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.problems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("name", "groups", "groups[0].measures[0].signal", "bands[1].from"));
	}

	private static AbstractStringAssert<?> problem(Scorecard card, String field) {
		List<FieldProblem> problems = ScorecardRules.problems(card);
		assertThat(problems).extracting(FieldProblem::field).as("problems: " + problems).contains(field);
		return assertThat(problems.stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().message());
	}
}
