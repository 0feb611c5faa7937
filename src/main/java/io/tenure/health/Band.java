package io.tenure.health;

/** How an account's health reads at a glance, from worst to best. */
public enum Band {
	RED, YELLOW, GREEN
}
