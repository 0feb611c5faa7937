package io.tenure.health;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What a segment lists: accounts, or the people at them. */
public enum SegmentSubject {

	ACCOUNTS, PEOPLE;

	/** Any case; null for a name that is not a subject, which the rules then report with the choices. */
	@JsonCreator
	public static SegmentSubject of(String name) {
		for (SegmentSubject subject : values()) {
			if (subject.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
				return subject;
			}
		}
		return null;
	}
}
