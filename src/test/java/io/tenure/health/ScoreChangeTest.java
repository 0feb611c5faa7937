package io.tenure.health;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class ScoreChangeTest {

	private final Scorecard card = Cards.fixture();

	/**
	 * Last week: the fixture values, 55.0. This week logins fell from 5 to 2 (20 points) and seat use went
	 * missing: logins weigh 31.25 and active days 18.75 (seat's 20 spread 50:30 in Usage).
	 * Contributions then -> now: logins 12.5 -> 6.25 (-6.25), active 10.5 -> 13.125 (+2.625),
	 * seat 10 -> 0 (-10), open, click and kb unchanged. Score 6.25+13.125+4.5+7.5+10 = 41.375 -> 41.4.
	 */
	private ScoreChange change(int top) {
		HealthScore lastWeek = card.score(Cards.fixtureValues()::get);
		Map<String, Double> now = new HashMap<>(Cards.without(Cards.fixtureValues(), "seat_use"));
		now.put("logins_30d", 2.0);
		return ScoreChange.between(lastWeek, card.score(now::get), top);
	}

	@Test
	void factorsComeLargestAbsoluteChangeFirstWithTheirSign() {
		ScoreChange change = change(5);

		assertThat(change.previousScore()).isEqualTo(55.0);
		assertThat(change.currentScore()).isEqualTo(41.4);
		assertThat(change.factors()).extracting(ScoreChange.Factor::signal, ScoreChange.Factor::previousValue,
				ScoreChange.Factor::currentValue).containsExactly(tuple("seat_use", 0.6, null), tuple("logins_30d", 5.0, 2.0),
						tuple("active_days_30d", 14.0, 14.0));
		assertThat(change.factors().get(0).contributionChange()).isCloseTo(-10, within(1e-9));
		assertThat(change.factors().get(1).contributionChange()).isCloseTo(-6.25, within(1e-9));
		assertThat(change.factors().get(2).contributionChange()).isCloseTo(2.625, within(1e-9));
		assertThat(change.factors().get(2).group()).isEqualTo("Usage");
	}

	@Test
	void onlyTheTopFactorsAreKept() {
		assertThat(change(2).factors()).extracting(ScoreChange.Factor::signal).containsExactly("seat_use", "logins_30d");
	}

	@Test
	void aSignalNoLongerScoredCountsAsLosingItsWholeContribution() {
		Scorecard smaller = Cards.card(Cards.usualBands(), Cards.group("Usage", 100, Cards.linear("logins_30d", 100, 0, 0, 10, 100)));
		HealthScore lastWeek = card.score(Cards.fixtureValues()::get);

		ScoreChange change = ScoreChange.between(lastWeek, smaller.score(Cards.fixtureValues()::get), 10);

		// logins 12.5 -> 50 (+37.5); kb 10 -> gone (-10)
		assertThat(change.factors().get(0).signal()).isEqualTo("logins_30d");
		assertThat(change.factors().get(0).contributionChange()).isCloseTo(37.5, within(1e-9));
		assertThat(change.factors()).filteredOn(f -> f.signal().equals("kb_views_30d")).singleElement()
				.satisfies(f -> {
					assertThat(f.previousValue()).isEqualTo(2.0);
					assertThat(f.currentValue()).isNull();
					assertThat(f.contributionChange()).isCloseTo(-10, within(1e-9));
				});
	}

	@Test
	void nothingMovedWhenNothingChanged() {
		HealthScore same = card.score(Cards.fixtureValues()::get);

		assertThat(ScoreChange.between(same, same, 3).factors()).isEmpty();
	}
}
