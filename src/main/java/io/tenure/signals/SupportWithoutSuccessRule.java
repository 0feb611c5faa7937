package io.tenure.signals;

import java.util.List;
import java.util.Optional;

/** Tickets whose follow-up week passed with no key event or feature use by the person who asked. */
class SupportWithoutSuccessRule implements IndicatorRule {

	@Override
	public Indicator indicator() {
		return Indicator.SUPPORT_WITHOUT_SUCCESS;
	}

	@Override
	public Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting) {
		double tickets = signals.getOrZero(Signal.TICKETS_WITHOUT_SUCCESS);
		if (tickets < setting.threshold("tickets")) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorFinding(indicator(), List.of((long) tickets, ActivityWindows.TICKET_FOLLOW_UP_DAYS)));
	}
}
