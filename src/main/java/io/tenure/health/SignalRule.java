package io.tenure.health;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.tenure.signals.Signal;

/** Every measure scores a known signal, and no signal is scored twice in a scorecard. */
final class SignalRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		Map<String, String> seenAt = new HashMap<>();
		Problems.eachMeasure(card, (path, measure) -> {
			String signal = measure.signal();
			if (signal == null || signal.isBlank()) {
				problems.add(path + ".signal", "name the signal this measure scores, one of: " + known());
			}
			else if (Signal.byKey(signal).isEmpty()) {
				problems.add(path + ".signal", "unknown signal \"" + signal + "\"; known signals: " + known());
			}
			else if (seenAt.containsKey(signal)) {
				problems.add(path + ".signal", "signal \"" + signal + "\" is already scored at " + seenAt.get(signal)
						+ "; score each signal once per scorecard");
			}
			else {
				seenAt.put(signal, path);
			}
		});
	}

	private static String known() {
		return Arrays.stream(Signal.values()).map(Signal::key).collect(Collectors.joining(", "));
	}
}
