package io.tenure.health;

/**
 * The scores a band covers: from {@code from} (inclusive) up to {@code to} (exclusive), except that
 * the band ending at 100 also holds 100. With bands RED 0-40, YELLOW 40-70, GREEN 70-100 a score of
 * 40.0 is YELLOW, 69.9 is YELLOW, 70.0 and 100.0 are GREEN.
 */
public record BandRange(Band band, double from, double to) {

	static final double TOP = 100;

	boolean contains(double score) {
		return score >= from && (score < to || (to == TOP && score == TOP));
	}
}
