package io.tenure.usage;

import java.time.Instant;

/** An event name in the taxonomy, with how often it was seen. */
public record EventName(String name, EventCategory category, boolean keyEvent, String featureProperty, long events,
		Instant firstSeenAt, Instant lastSeenAt, String example) {
}
