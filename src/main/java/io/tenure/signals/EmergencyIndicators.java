package io.tenure.signals;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Checks an account's signals against every indicator that is on, with the thresholds in force. */
@Service
public class EmergencyIndicators {

	private static final List<IndicatorRule> RULES = List.of(new EngagementFallingRule(), new PasswordResetsRule(),
			new KnowledgeBaseUnderusedRule(), new SupportWithoutSuccessRule(), new SilentAccountRule());

	private final IndicatorSettings settings;

	EmergencyIndicators(IndicatorSettings settings) {
		this.settings = settings;
	}

	/** The rules with the settings read once, for checking many accounts. */
	public Check check() {
		return new Check(settings.all());
	}

	/** The indicators that fire for one account's signals. */
	public List<IndicatorFinding> findings(SignalValues signals, BaseLine base) {
		return check().findings(signals, base);
	}

	/** Settings read once; checks any number of accounts. */
	public static final class Check {

		private final List<IndicatorSetting> settings;

		Check(List<IndicatorSetting> settings) {
			this.settings = settings;
		}

		public List<IndicatorFinding> findings(SignalValues signals, BaseLine base) {
			return RULES.stream()
				.filter(rule -> settings.get(rule.indicator().ordinal()).enabled())
				.map(rule -> rule.check(signals, base, settings.get(rule.indicator().ordinal())))
				.flatMap(Optional::stream)
				.toList();
		}
	}
}
