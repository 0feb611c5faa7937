package io.tenure.health;

import java.time.Instant;

/** A saved segment: its definition as stored, who made it and when it last changed. */
public record Segment(long id, SegmentDefinition definition, Long createdBy, Instant updatedAt) {

	public String name() {
		return definition.name();
	}

	public SegmentSubject subject() {
		return definition.subject();
	}
}
