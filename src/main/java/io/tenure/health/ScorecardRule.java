package io.tenure.health;

/** One rule a scorecard must follow; it adds what it finds wrong and never stops at the first problem. */
interface ScorecardRule {

	void check(Scorecard card, Problems problems);
}
