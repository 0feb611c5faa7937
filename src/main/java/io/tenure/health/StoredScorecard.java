package io.tenure.health;

import java.time.Instant;

/** A scorecard as stored: its place in the priority order, its definition and when it last changed. */
public record StoredScorecard(long id, int position, Scorecard card, Instant updatedAt) {

	public String name() {
		return card.name();
	}
}
