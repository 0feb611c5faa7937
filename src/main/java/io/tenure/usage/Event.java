package io.tenure.usage;

import java.time.Instant;
import java.util.Map;

/** A stored event, with its category as the taxonomy says now. */
public record Event(long id, String messageId, CallType type, String name, EventCategory category, boolean keyEvent,
		Long accountId, Long personId, String userId, String anonymousId, Instant occurredAt, Instant receivedAt,
		Map<String, Object> properties) {
}
