package io.tenure.signals;

import java.util.List;
import java.util.Optional;

/** Logins in the last 30 days fell by at least the threshold against the monthly average of the 60 days before. */
class EngagementFallingRule implements IndicatorRule {

	@Override
	public Indicator indicator() {
		return Indicator.ENGAGEMENT_FALLING;
	}

	@Override
	public Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting) {
		Double trend = signals.get(Signal.LOGIN_TREND);
		if (trend == null || trend > -setting.threshold("drop_percent")) {
			return Optional.empty();
		}
		double last = signals.getOrZero(Signal.LOGINS_30D);
		long before = Math.round(last / (1 + trend / 100));
		return Optional.of(new IndicatorFinding(indicator(), List.of(Math.round(-trend), (long) last, before)));
	}
}
