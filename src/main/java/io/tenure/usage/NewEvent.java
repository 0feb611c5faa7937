package io.tenure.usage;

import java.time.Instant;

/**
 * An event to store. {@code properties} and {@code context} are JSON objects as text; the name of
 * a page call is "Page Viewed", of a screen "Screen Viewed", of the others their type.
 */
public record NewEvent(String messageId, CallType type, String name, Long accountId, Long personId, String userId,
		String anonymousId, Instant occurredAt, Instant receivedAt, String properties, String context, Long writeKeyId) {
}
