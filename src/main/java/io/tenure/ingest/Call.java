package io.tenure.ingest;

import java.time.Instant;
import java.util.Map;

import io.tenure.usage.CallType;

/**
 * One Segment call, checked and normalised: {@code occurredAt} is corrected for clock skew,
 * {@code groupId} is the group call's or the one in its context.
 */
public record Call(CallType type, String messageId, String userId, String anonymousId, String event, String groupId,
		String previousId, Map<String, Object> properties, Map<String, Object> traits, Map<String, Object> context,
		Instant occurredAt, Instant receivedAt) {

	/** The event name stored: the track event, or what a page, screen, identify, group or alias call is. */
	public String eventName() {
		return switch (type) {
			case TRACK -> event;
			case PAGE -> "Page Viewed";
			case SCREEN -> "Screen Viewed";
			case IDENTIFY -> "Identify";
			case GROUP -> "Group";
			case ALIAS -> "Alias";
		};
	}
}
