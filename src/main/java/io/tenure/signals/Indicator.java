package io.tenure.signals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emergency indicators of seed S3 (and S15's silent account): named rules, on by default, each
 * with thresholds the admin can change within stated limits.
 */
public enum Indicator {

	ENGAGEMENT_FALLING(new Threshold("drop_percent", 40, 1, 100)),
	PASSWORD_RESETS(new Threshold("resets_30d", 3, 1, 1000)),
	KB_UNDERUSED(new Threshold("share_of_base", 0.25, 0.01, 1)),
	SUPPORT_WITHOUT_SUCCESS(new Threshold("tickets", 1, 1, 1000)),
	SILENT_ACCOUNT(new Threshold("max_active_days", 3, 0, 30));

	/** A named number the rule compares with, its default and the range an admin may set. */
	public record Threshold(String name, double defaultValue, double min, double max) {
	}

	private final List<Threshold> thresholds;

	Indicator(Threshold... thresholds) {
		this.thresholds = List.of(thresholds);
	}

	public String key() {
		return name().toLowerCase();
	}

	public List<Threshold> thresholds() {
		return thresholds;
	}

	public Map<String, Double> defaults() {
		Map<String, Double> out = new LinkedHashMap<>();
		thresholds.forEach(t -> out.put(t.name(), t.defaultValue()));
		return out;
	}

	public static Optional<Indicator> byKey(String key) {
		return Arrays.stream(values()).filter(i -> i.key().equals(key) || i.name().equals(key)).findFirst();
	}
}
