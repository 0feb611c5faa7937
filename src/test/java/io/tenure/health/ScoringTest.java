package io.tenure.health;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

	private final Thresholds trend = Cards.thresholds(-50, 0, -20, 50, 100);

	@Test
	void aValueBelowABoundGetsThatStepsPoints() {
		assertThat(trend.points(-80)).isEqualTo(0);
		assertThat(trend.points(-35)).isEqualTo(50);
		assertThat(trend.points(-20.0001)).isEqualTo(50);
	}

	@Test
	void aValueOnABoundBelongsToTheNextStep() {
		assertThat(trend.points(-50)).isEqualTo(50);
		assertThat(trend.points(-20)).isEqualTo(100);
	}

	@Test
	void theFinalStepTakesEveryValueLeft() {
		assertThat(trend.points(0)).isEqualTo(100);
		assertThat(trend.points(1e9)).isEqualTo(100);
	}

	@Test
	void fewerIsBetterThresholdsGoDownwards() {
		Thresholds tickets = Cards.thresholds(1, 100, 3, 50, 0);
		assertThat(tickets.points(0)).isEqualTo(100);
		assertThat(tickets.points(2)).isEqualTo(50);
		assertThat(tickets.points(3)).isEqualTo(0);
	}

	@Test
	void aLineInterpolatesBetweenItsPoints() {
		Linear days = line(0, 0, 12, 100);
		assertThat(days.points(6)).isEqualTo(50);
		assertThat(days.points(3)).isEqualTo(25);
		// 20 + (5 - 0) / (10 - 0) * (80 - 20) = 50
		assertThat(line(0, 20, 10, 80).points(5)).isEqualTo(50);
	}

	@Test
	void aLineIsClampedOutsideItsPoints() {
		Linear days = line(0, 0, 12, 100);
		assertThat(days.points(-3)).isEqualTo(0);
		assertThat(days.points(0)).isEqualTo(0);
		assertThat(days.points(12)).isEqualTo(100);
		assertThat(days.points(40)).isEqualTo(100);
	}

	@Test
	void aReversedLineScoresLowerValuesHigher() {
		Linear sinceLogin = line(3, 100, 30, 0);
		assertThat(sinceLogin.points(0)).isEqualTo(100);
		assertThat(sinceLogin.points(3)).isEqualTo(100);
		// 100 + (16.5 - 3) / (30 - 3) * (0 - 100) = 100 - 50 = 50
		assertThat(sinceLogin.points(16.5)).isCloseTo(50, within(1e-9));
		// 100 - (20 - 3) / 27 * 100 = 37.037...
		assertThat(sinceLogin.points(20)).isCloseTo(100 - 1700.0 / 27, within(1e-9));
		assertThat(sinceLogin.points(30)).isEqualTo(0);
		assertThat(sinceLogin.points(90)).isEqualTo(0);
	}

	private static Linear line(double fromValue, double fromPoints, double toValue, double toPoints) {
		return new Linear(new Linear.Point(fromValue, fromPoints), new Linear.Point(toValue, toPoints));
	}
}
