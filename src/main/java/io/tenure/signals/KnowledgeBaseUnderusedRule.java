package io.tenure.signals;

import java.util.List;
import java.util.Optional;

/**
 * The account's active people read far fewer knowledge-base articles than people across the base: a
 * share of the base's median, per active person, in 30 days. Needs someone active and a base that reads.
 */
class KnowledgeBaseUnderusedRule implements IndicatorRule {

	@Override
	public Indicator indicator() {
		return Indicator.KB_UNDERUSED;
	}

	@Override
	public Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting) {
		double people = signals.getOrZero(Signal.ACTIVE_PEOPLE_30D);
		Double median = base.kbViewsPerActivePerson();
		if (people == 0 || median == null || median == 0) {
			return Optional.empty();
		}
		double perPerson = signals.getOrZero(Signal.KB_VIEWS_30D) / people;
		if (perPerson >= setting.threshold("share_of_base") * median) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorFinding(indicator(), List.of(oneDecimal(perPerson), oneDecimal(median))));
	}

	private static String oneDecimal(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}
}
