package io.tenure.demo;

import java.time.Duration;

/** What a demo load created, and how long it took. */
public record DemoSummary(long seed, int accounts, long churned, int people, int staff, long events, Duration took,
		Duration eventsTook) {

	@Override
	public String toString() {
		return "%d accounts (%d churned), %d people, %d staff and %d events from seed %d in %.1f s (events %.1f s)".formatted(
				accounts, churned, people, staff, events, seed, took.toMillis() / 1000.0, eventsTook.toMillis() / 1000.0);
	}
}
