package io.tenure.health;

import java.util.List;

/**
 * A field a segment condition can test: an account or person field, or a signal. Its type decides the
 * operators and values it takes; a field of type CHOICE takes one of its choices.
 */
public record SegmentField(String key, Type type, List<String> choices, boolean signal) {

	/** What kind of value the field holds. */
	public enum Type {
		/** A number; a signal without a value is empty. */
		NUMBER,
		/** One of a fixed list (tier, stage, band, role). */
		CHOICE,
		/** Free text, compared without regard to case. */
		TEXT,
		/** A member of staff, by id. */
		STAFF,
		/** An emergency indicator, by key, that fires or not. */
		INDICATOR
	}

	public SegmentField {
		choices = List.copyOf(choices);
	}

	public List<SegmentOperator> operators() {
		return SegmentOperator.forType(type);
	}

	/** The message key of the field's label. */
	public String label() {
		return signal ? "signal." + key : "segments.field." + key;
	}
}
