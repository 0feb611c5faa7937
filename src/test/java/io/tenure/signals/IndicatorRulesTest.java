package io.tenure.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each emergency indicator's rule at and around its threshold, with the figures its explanation quotes. */
class IndicatorRulesTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
	private static final BaseLine BASE = new BaseLine(DAY, 2.0);

	private static SignalValues signals(Object... pairs) {
		Map<Signal, Double> values = new EnumMap<>(Signal.class);
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((Signal) pairs[i], ((Number) pairs[i + 1]).doubleValue());
		}
		return new SignalValues(DAY, values);
	}

	private static IndicatorSetting defaults(Indicator indicator) {
		return new IndicatorSetting(indicator, true, indicator.defaults());
	}

	@Test
	void engagementFallsWhenLoginsDropByTheThresholdOrMore() {
		var rule = new EngagementFallingRule();
		var setting = defaults(Indicator.ENGAGEMENT_FALLING);
		assertThat(rule.check(signals(Signal.LOGIN_TREND, -39.9, Signal.LOGINS_30D, 6), BASE, setting)).isEmpty();
		var finding = rule.check(signals(Signal.LOGIN_TREND, -40.0, Signal.LOGINS_30D, 6), BASE, setting).orElseThrow();
		assertThat(finding.figures()).containsExactly(40L, 6L, 10L); // 6 is 40% below a monthly 10
		assertThat(rule.check(signals(Signal.LOGINS_30D, 0), BASE, setting)).as("no baseline, no trend").isEmpty();
		var stricter = new IndicatorSetting(Indicator.ENGAGEMENT_FALLING, true, Map.of("drop_percent", 30.0));
		assertThat(rule.check(signals(Signal.LOGIN_TREND, -35.0, Signal.LOGINS_30D, 13), BASE, stricter)).isPresent();
	}

	@Test
	void passwordResetsFireAtTheThreshold() {
		var rule = new PasswordResetsRule();
		assertThat(rule.check(signals(Signal.PASSWORD_RESETS_30D, 2), BASE, defaults(Indicator.PASSWORD_RESETS))).isEmpty();
		assertThat(rule.check(signals(Signal.PASSWORD_RESETS_30D, 3), BASE, defaults(Indicator.PASSWORD_RESETS)).orElseThrow().figures())
			.containsExactly(3L);
	}

	@Test
	void theKnowledgeBaseIsUnderUsedAgainstTheRestOfTheBase() {
		var rule = new KnowledgeBaseUnderusedRule();
		var setting = defaults(Indicator.KB_UNDERUSED); // a quarter of the base's 2.0 per person: 0.5
		assertThat(rule.check(signals(Signal.ACTIVE_PEOPLE_30D, 4, Signal.KB_VIEWS_30D, 1), BASE, setting).orElseThrow().figures())
			.containsExactly("0.3", "2.0"); // 0.25 per person
		assertThat(rule.check(signals(Signal.ACTIVE_PEOPLE_30D, 4, Signal.KB_VIEWS_30D, 2), BASE, setting)).as("0.5 is not below").isEmpty();
		assertThat(rule.check(signals(Signal.ACTIVE_PEOPLE_30D, 0, Signal.KB_VIEWS_30D, 0), BASE, setting)).as("nobody active").isEmpty();
		assertThat(rule.check(signals(Signal.ACTIVE_PEOPLE_30D, 4), new BaseLine(DAY, 0.0), setting)).as("a base that reads nothing").isEmpty();
	}

	@Test
	void ticketsWithoutSuccessFireFromOne() {
		var rule = new SupportWithoutSuccessRule();
		assertThat(rule.check(signals(Signal.TICKETS_WITHOUT_SUCCESS, 0), BASE, defaults(Indicator.SUPPORT_WITHOUT_SUCCESS))).isEmpty();
		assertThat(rule.check(signals(Signal.TICKETS_WITHOUT_SUCCESS, 2), BASE, defaults(Indicator.SUPPORT_WITHOUT_SUCCESS))
			.orElseThrow().figures()).containsExactly(2L, 7);
	}

	@Test
	void anAccountThatUsesLittleAndAsksNothingIsSilent() {
		var rule = new SilentAccountRule();
		var setting = defaults(Indicator.SILENT_ACCOUNT);
		assertThat(rule.check(signals(Signal.ACTIVE_DAYS_30D, 3), BASE, setting)).isPresent();
		assertThat(rule.check(signals(Signal.ACTIVE_DAYS_30D, 4), BASE, setting)).isEmpty();
		assertThat(rule.check(signals(Signal.ACTIVE_DAYS_30D, 1, Signal.TICKETS_OPENED_30D, 1), BASE, setting)).as("asked support").isEmpty();
		assertThat(rule.check(signals(Signal.ACTIVE_DAYS_30D, 1, Signal.KB_VIEWS_30D, 2), BASE, setting)).as("read articles").isEmpty();
	}

	@Test
	void anIndicatorThatIsOffNeverFires() {
		var all = java.util.Arrays.stream(Indicator.values()).map(i -> new IndicatorSetting(i, i != Indicator.SILENT_ACCOUNT, i.defaults())).toList();
		var findings = new EmergencyIndicators.Check(all).findings(signals(Signal.ACTIVE_DAYS_30D, 0, Signal.PASSWORD_RESETS_30D, 5), BASE);
		assertThat(findings).extracting(IndicatorFinding::indicator).isEqualTo(List.of(Indicator.PASSWORD_RESETS));
	}
}
