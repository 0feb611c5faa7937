package io.tenure.signals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signals of one account or person as of the end of a day. A signal without a value (nothing to
 * measure) is absent, which is not the same as zero.
 */
public record SignalValues(LocalDate asOf, Map<Signal, Double> values) {

	public SignalValues {
		EnumMap<Signal, Double> copy = new EnumMap<>(Signal.class);
		values.forEach((signal, value) -> {
			if (value != null) {
				copy.put(signal, value);
			}
		});
		values = Collections.unmodifiableMap(copy);
	}

	/** The value, or null when there was nothing to measure. */
	public Double get(Signal signal) {
		return values.get(signal);
	}

	/** The value of a signal named by its key (as scorecards and segments name them), or null. */
	public Double get(String key) {
		return Signal.byKey(key).map(values::get).orElse(null);
	}

	public double getOrZero(Signal signal) {
		return values.getOrDefault(signal, 0.0);
	}

	/** Every signal by key, in catalogue order, with null for those without a value. */
	public Map<String, Double> byKey() {
		Map<String, Double> out = new LinkedHashMap<>();
		for (Signal signal : Signal.values()) {
			out.put(signal.key(), values.get(signal));
		}
		return out;
	}
}
