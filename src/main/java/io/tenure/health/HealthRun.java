package io.tenure.health;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recompute as it goes or as it ended: which days (today only, or the history back to {@code from}),
 * how far it got, and how it ended.
 */
public record HealthRun(long id, Kind kind, LocalDate from, LocalDate to, int daysTotal, int daysDone, int accountsDone,
		Instant startedAt, Instant finishedAt, String error) {

	/** TODAY scores every account as of today; HISTORY fills the days without scores (or all, when rebuilding). */
	public enum Kind {
		TODAY, HISTORY, REBUILD
	}

	public boolean running() {
		return finishedAt == null;
	}

	/** Percent done, by days. */
	public int percent() {
		return daysTotal == 0 ? 100 : Math.min(100, daysDone * 100 / daysTotal);
	}
}
