package io.tenure.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tenure.signals.Signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class DefaultScorecardTest {

	private final Scorecard card = DefaultScorecard.definition();

	/** Barely logs in, logins down 60%, nothing adopted, asks nothing, reads no mail. */
	private static Map<String, Double> silentAndDeclining() {
		return Map.ofEntries(entry("active_days_30d", 1.0), entry("login_trend", -60.0), entry("days_since_last_login", 20.0),
				entry("seat_use", 0.1), entry("key_events_completed", 0.2), entry("key_events_30d", 0.0),
				entry("features_used_30d", 1.0), entry("tickets_without_success", 0.0), entry("password_resets_30d", 0.0),
				entry("kb_views_30d", 0.0), entry("email_open_rate_30d", 0.05), entry("email_click_rate_30d", 0.0),
				entry("content_regularity_12w", 0.0));
	}

	/** Active three or four days a week, stable, adopting, reads some mail and content. */
	private static Map<String, Double> steadilyActive() {
		return Map.ofEntries(entry("active_days_30d", 14.0), entry("login_trend", 5.0), entry("days_since_last_login", 1.0),
				entry("seat_use", 0.6), entry("key_events_completed", 0.7), entry("key_events_30d", 10.0),
				entry("features_used_30d", 6.0), entry("tickets_without_success", 0.0), entry("password_resets_30d", 0.0),
				entry("kb_views_30d", 4.0), entry("email_open_rate_30d", 0.35), entry("email_click_rate_30d", 0.05),
				entry("content_regularity_12w", 0.5));
	}

	@Test
	void isValidAndAppliesToEveryone() {
		assertThat(ScorecardRules.problems(card)).isEmpty();
		assertThat(card.appliesTo()).isEqualTo(Applicability.ANY);
		assertThat(card.bands()).containsExactly(Cards.band(Band.RED, 0, 40), Cards.band(Band.YELLOW, 40, 70),
				Cards.band(Band.GREEN, 70, 100));
	}

	@Test
	void scoresTheSeedsSignalFamilies() {
		assertThat(card.groups()).extracting(MeasureGroup::name, MeasureGroup::weight).containsExactly(tuple("Engagement", 40.0),
				tuple("Adoption", 25.0), tuple("Support", 15.0), tuple("Communication", 20.0));
		assertThat(card.groups()).extracting(g -> g.measures().stream().map(Measure::signal).toList()).containsExactly(
				List.of("active_days_30d", "login_trend", "days_since_last_login", "seat_use"),
				List.of("key_events_completed", "key_events_30d", "features_used_30d"),
				List.of("tickets_without_success", "password_resets_30d", "kb_views_30d"),
				List.of("email_open_rate_30d", "email_click_rate_30d", "content_regularity_12w"));
		card.groups().forEach(g -> g.measures().forEach(m -> assertThat(Signal.byKey(m.signal())).isPresent()));
	}

	@Test
	void lowerIsBetterWhereItShouldBe() {
		assertThat(points("days_since_last_login", 1)).isEqualTo(100);
		assertThat(points("days_since_last_login", 45)).isEqualTo(0);
		assertThat(points("tickets_without_success", 0)).isEqualTo(100);
		assertThat(points("tickets_without_success", 4)).isEqualTo(0);
		assertThat(points("password_resets_30d", 10)).isEqualTo(0);
		assertThat(points("kb_views_30d", 0)).isLessThan(points("kb_views_30d", 5));
	}

	@Test
	void aSilentDecliningAccountIsRed() {
		// Engagement (1/12x100 x35 + (100 - 17/27x100) x25) / 100 = 12.176 -> x.40 = 4.870
		// Adoption (25x40 + 0 + 40x30) / 100 = 22 -> x.25 = 5.5; Support (100x50 + 100x25 + 30x25) / 100 = 82.5 -> x.15 = 12.375
		// Communication 0. Score 22.745 -> 22.7
		HealthScore score = card.score(silentAndDeclining()::get);

		assertThat(score.score()).isEqualTo(22.7);
		assertThat(score.band()).isEqualTo(Band.RED);
	}

	@Test
	void aSteadilyActiveAccountIsGreen() {
		// Engagement (100x35 + 100x25 + 100x25 + 0.5/0.7x100 x15) / 100 = 95.714 -> x.40 = 38.286
		// Adoption (87.5x40 + 80x30 + 100x30) / 100 = 89 -> x.25 = 22.25; Support 100 -> 15
		// Communication (0.30/0.35x100 x40 + 62.5x30 + 100x30) / 100 = 83.036 -> x.20 = 16.607. Score 92.143 -> 92.1
		HealthScore score = card.score(steadilyActive()::get);

		assertThat(score.score()).isEqualTo(92.1);
		assertThat(score.band()).isEqualTo(Band.GREEN);
	}

	@Test
	void theBandsHoldWhenSeatsAndMailAreUnknown() {
		String[] unknown = { "seat_use", "email_open_rate_30d", "email_click_rate_30d" };

		assertThat(card.score(Cards.without(silentAndDeclining(), unknown)::get).band()).isEqualTo(Band.RED);
		assertThat(card.score(Cards.without(steadilyActive(), unknown)::get).band()).isEqualTo(Band.GREEN);
	}

	@Test
	void anAccountWithoutDataHasNoScore() {
		assertThat(card.score(new HashMap<String, Double>()::get).scored()).isFalse();
	}

	@Test
	void theShippedYamlIsWhatTheFormatWrites() {
		assertThat(ScorecardFormat.readYaml(DefaultScorecard.yaml())).isEqualTo(card);
		assertThat(ScorecardFormat.readYaml(ScorecardFormat.writeYaml(card))).isEqualTo(card);
	}

	private double points(String signal, double value) {
		return card.groups().stream().flatMap(g -> g.measures().stream()).filter(m -> m.signal().equals(signal)).findFirst()
				.orElseThrow().scoring().points(value);
	}
}
