package io.tenure.signals;

import java.util.List;
import java.util.Optional;

/** Many password resets in 30 days: people struggle to get in, or stopped coming and forgot how. */
class PasswordResetsRule implements IndicatorRule {

	@Override
	public Indicator indicator() {
		return Indicator.PASSWORD_RESETS;
	}

	@Override
	public Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting) {
		double resets = signals.getOrZero(Signal.PASSWORD_RESETS_30D);
		if (resets < setting.threshold("resets_30d")) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorFinding(indicator(), List.of((long) resets)));
	}
}
