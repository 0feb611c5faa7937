package io.tenure.signals;

import java.util.Map;

/** Whether an indicator is on and the thresholds it uses. */
public record IndicatorSetting(Indicator indicator, boolean enabled, Map<String, Double> thresholds) {

	public IndicatorSetting {
		thresholds = Map.copyOf(thresholds);
	}

	double threshold(String name) {
		return thresholds.getOrDefault(name, indicator.defaults().get(name));
	}
}
