package io.tenure.accounts;

/** How much attention an account gets; the touch cadence and scorecards depend on it. */
public enum Tier {
	STANDARD, LARGE, KEY
}
