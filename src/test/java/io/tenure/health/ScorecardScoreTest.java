package io.tenure.health;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Scores of {@link Cards#fixture()}; every number below is worked out by hand in the comments. */
class ScorecardScoreTest {

	private final Scorecard card = Cards.fixture();

	@Test
	void withAllValuesEachMeasureWeighsItsNominalShare() {
		HealthScore score = card.score(Cards.fixtureValues()::get);

		// nominal = group x measure / 100: logins 50x50=25, active 50x30=15, seat 50x20=10,
		// open 30x50=15, click 30x50=15, kb 20x100=20
		// score = 50x.25 + 70x.15 + 100x.10 + 30x.15 + 50x.15 + 50x.20 = 12.5+10.5+10+4.5+7.5+10 = 55.0
		assertThat(score.score()).isEqualTo(55.0);
		assertThat(score.band()).isEqualTo(Band.YELLOW);
		assertThat(score.missingSignals()).isEmpty();
		assertThat(score.measures()).extracting(MeasureScore::group, MeasureScore::signal, MeasureScore::value, MeasureScore::points)
				.containsExactly(tuple("Usage", "logins_30d", 5.0, 50.0), tuple("Usage", "active_days_30d", 14.0, 70.0),
						tuple("Usage", "seat_use", 0.6, 100.0), tuple("Mail", "email_open_rate_30d", 0.3, 30.0),
						tuple("Mail", "email_click_rate_30d", 0.05, 50.0), tuple("Help", "kb_views_30d", 2.0, 50.0));
		assertWeights(score, new double[] { 25, 15, 10, 15, 15, 20 }, new double[] { 25, 15, 10, 15, 15, 20 });
		assertThat(score.measure("active_days_30d").orElseThrow().contribution()).isCloseTo(10.5, within(1e-9));
	}

	@Test
	void aMissingMeasuresWeightGoesToTheOthersOfItsGroupInProportion() {
		HealthScore score = card.score(Cards.without(Cards.fixtureValues(), "seat_use")::get);

		// Usage keeps 50; seat's 20 goes to logins and active 50:30: logins 50 x 50/80 = 31.25, active 50 x 30/80 = 18.75
		// score = 50x.3125 + 70x.1875 + 4.5 + 7.5 + 10 = 15.625 + 13.125 + 22 = 50.75, rounded half up to 50.8
		assertWeights(score, new double[] { 25, 15, 10, 15, 15, 20 }, new double[] { 31.25, 18.75, 0, 15, 15, 20 });
		assertThat(score.score()).isEqualTo(50.8);
		assertThat(score.missingSignals()).containsExactly("seat_use");
		MeasureScore seat = score.measure("seat_use").orElseThrow();
		assertThat(seat.value()).isNull();
		assertThat(seat.points()).isNull();
		assertThat(seat.contribution()).isZero();
	}

	@Test
	void aGroupWithoutValuesGivesItsWeightToTheOtherGroupsInProportion() {
		HealthScore score = card.score(Cards.without(Cards.fixtureValues(), "kb_views_30d")::get);

		// Help's 20 goes to Usage and Mail 50:30: Usage 100 x 50/80 = 62.5, Mail 100 x 30/80 = 37.5
		// logins 62.5x.5 = 31.25, active 62.5x.3 = 18.75, seat 62.5x.2 = 12.5, open and click 37.5x.5 = 18.75
		// score = 50x.3125 + 70x.1875 + 100x.125 + 30x.1875 + 50x.1875 = 15.625+13.125+12.5+5.625+9.375 = 56.25 -> 56.3
		assertWeights(score, new double[] { 25, 15, 10, 15, 15, 20 }, new double[] { 31.25, 18.75, 12.5, 18.75, 18.75, 0 });
		assertThat(score.score()).isEqualTo(56.3);
		assertThat(score.missingSignals()).containsExactly("kb_views_30d");
	}

	@Test
	void bothSpreadsTogether() {
		HealthScore score = card.score(Cards.without(Cards.fixtureValues(), "seat_use", "kb_views_30d")::get);

		// Usage 62.5 (as above), then within it logins 62.5 x 50/80 = 39.0625, active 62.5 x 30/80 = 23.4375
		// score = 50x.390625 + 70x.234375 + 30x.1875 + 50x.1875 = 19.53125+16.40625+5.625+9.375 = 50.9375 -> 50.9
		assertWeights(score, new double[] { 25, 15, 10, 15, 15, 20 }, new double[] { 39.0625, 23.4375, 0, 18.75, 18.75, 0 });
		assertThat(score.measures().stream().mapToDouble(MeasureScore::effectiveWeight).sum()).isCloseTo(100, within(1e-9));
		assertThat(score.score()).isEqualTo(50.9);
		assertThat(score.band()).isEqualTo(Band.YELLOW);
		assertThat(score.missingSignals()).containsExactly("seat_use", "kb_views_30d");
	}

	@Test
	void withNothingToMeasureThereIsNoScoreAndNoBand() {
		HealthScore score = card.score(signal -> null);

		assertThat(score.scored()).isFalse();
		assertThat(score.score()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.missingSignals()).containsExactly("logins_30d", "active_days_30d", "seat_use", "email_open_rate_30d",
				"email_click_rate_30d", "kb_views_30d");
		assertThat(score.measures()).allSatisfy(m -> assertThat(m.effectiveWeight()).isZero());
	}

	@Test
	void aValueThatIsNotANumberCountsAsMissing() {
		Map<String, Double> values = new HashMap<>(Cards.fixtureValues());
		values.put("seat_use", Double.NaN);

		assertThat(card.score(values::get).score()).isEqualTo(50.8);
	}

	@Test
	void aBandHoldsItsFromButNotItsToAndGreenHolds100() {
		assertThat(card.bandFor(0)).contains(Band.RED);
		assertThat(card.bandFor(39.9)).contains(Band.RED);
		assertThat(card.bandFor(40.0)).contains(Band.YELLOW);
		assertThat(card.bandFor(69.9)).contains(Band.YELLOW);
		assertThat(card.bandFor(70.0)).contains(Band.GREEN);
		assertThat(card.bandFor(100.0)).contains(Band.GREEN);
	}

	@Test
	void aScoreOfExactly40IsYellowAndJustBelowIsRed() {
		Scorecard single = Cards.card(Cards.usualBands(), Cards.group("All", 100, Cards.linear("logins_30d", 100, 0, 0, 100, 100)));

		assertThat(single.score(s -> 40.0).band()).isEqualTo(Band.YELLOW);
		// 39.96 rounds to 40.0 before the band is looked up: the band always matches the score shown
		assertThat(single.score(s -> 39.96).score()).isEqualTo(40.0);
		assertThat(single.score(s -> 39.96).band()).isEqualTo(Band.YELLOW);
		assertThat(single.score(s -> 39.94).band()).isEqualTo(Band.RED);
		assertThat(single.score(s -> 70.0).band()).isEqualTo(Band.GREEN);
		assertThat(single.score(s -> 100.0).band()).isEqualTo(Band.GREEN);
	}

	private static void assertWeights(HealthScore score, double[] nominal, double[] effective) {
		for (int i = 0; i < nominal.length; i++) {
			MeasureScore measure = score.measures().get(i);
			assertThat(measure.weight()).as("nominal weight of " + measure.signal()).isCloseTo(nominal[i], within(1e-9));
			assertThat(measure.effectiveWeight()).as("effective weight of " + measure.signal()).isCloseTo(effective[i], within(1e-9));
		}
	}
}
