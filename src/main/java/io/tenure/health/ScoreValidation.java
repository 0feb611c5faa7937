package io.tenure.health;

import java.time.LocalDate;
import java.util.List;

/**
 * How well the kept health scores foretold churn: for scores as of past days (one day a week, each
 * computed then from what had happened by then), the churn rate in the following 90 days by band, the
 * score's ROC AUC for that churn, and how many days before churning accounts turned red (and stayed red).
 *
 * @param auc null when there was no churn or no retained account to compare
 * @param medianDaysRedBeforeChurn over the churned accounts that were red the day before they churned
 */
public record ScoreValidation(LocalDate from, LocalDate to, int asOfDays, int samples, int churnedSamples,
		List<BandOutcome> bands, Double auc, int churnedAccounts, int redBeforeChurn, Integer medianDaysRedBeforeChurn,
		List<Bucket> daysRedBeforeChurn, int horizonDays) {

	/** Scores in one band and how many of those accounts churned within the horizon. */
	public record BandOutcome(Band band, int samples, int churned) {

		public Double churnRate() {
			return samples == 0 ? null : Math.round(1000.0 * churned / samples) / 1000.0;
		}
	}

	/** How many churned accounts had turned red this many days before (from, to inclusive; to null: or more). */
	public record Bucket(int fromDays, Integer toDays, int accounts) {
	}

	public boolean meaningful() {
		return auc != null && churnedSamples >= 10;
	}
}
