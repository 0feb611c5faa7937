package io.tenure.health;

/**
 * One measure of a score. {@code weight} is the measure's nominal share of the overall score in percent
 * (group weight x measure weight / 100); {@code effectiveWeight} is its share once the weights of missing
 * signals are spread over the others (0 when its own value is missing). Value and points are
 * {@code null} when the signal has no value.
 */
public record MeasureScore(String group, String signal, Double value, Double points, double weight,
		double effectiveWeight) {

	/** Points the measure adds to the overall score: points x effective weight / 100. */
	public double contribution() {
		return points == null ? 0 : points * effectiveWeight / 100;
	}

	public boolean missing() {
		return value == null;
	}
}
