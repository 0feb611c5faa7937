package io.tenure.signals;

import java.util.Optional;

/** One emergency indicator's rule: whether it fires for an account's signals, and with which figures. */
interface IndicatorRule {

	Indicator indicator();

	Optional<IndicatorFinding> check(SignalValues signals, BaseLine base, IndicatorSetting setting);
}
