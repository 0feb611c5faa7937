package io.tenure.demo;

import java.time.Duration;

/** What a demo load created, and how long it took. */
public record DemoSummary(long seed, int accounts, long churned, int people, int staff, Duration took) {

	@Override
	public String toString() {
		return "%d accounts (%d churned), %d people and %d staff from seed %d in %.1f s".formatted(accounts, churned, people,
				staff, seed, took.toMillis() / 1000.0);
	}
}
