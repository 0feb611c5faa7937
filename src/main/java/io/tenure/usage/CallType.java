package io.tenure.usage;

import java.util.Locale;

/** Segment's kinds of call. Track, page and screen are activity; the others describe people and accounts. */
public enum CallType {
	TRACK, PAGE, SCREEN, IDENTIFY, GROUP, ALIAS;

	public boolean activity() {
		return this == TRACK || this == PAGE || this == SCREEN;
	}

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
