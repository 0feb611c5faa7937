package io.tenure.signals;

import java.util.List;
import java.util.Optional;

/** Seed S15: an account that neither uses the product nor asks for help is an alarm (questions are good). */
class SilentAccountRule implements IndicatorRule {

	@Override
	public Indicator indicator() {
		return Indicator.SILENT_ACCOUNT;
	}

	@Override
	public Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting) {
		double activeDays = signals.getOrZero(Signal.ACTIVE_DAYS_30D);
		boolean asked = signals.getOrZero(Signal.TICKETS_OPENED_30D) > 0 || signals.getOrZero(Signal.KB_VIEWS_30D) > 0;
		if (asked || activeDays > setting.threshold("max_active_days")) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorFinding(indicator(), List.of((long) activeDays)));
	}
}
