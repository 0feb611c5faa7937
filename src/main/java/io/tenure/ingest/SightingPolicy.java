package io.tenure.ingest;

import java.util.Set;

/**
 * When a call means the person was there: an activity call (track, page, screen), but not what is
 * done to them (a mail delivered to them, as the taxonomy names it). Identify and group calls often
 * come from a nightly sync, and say nothing about the person's presence.
 */
final class SightingPolicy {

	private final Set<String> doneToThem;

	SightingPolicy(Set<String> doneToThem) {
		this.doneToThem = doneToThem;
	}

	boolean sees(Call call) {
		return call.type().activity() && !doneToThem.contains(call.eventName());
	}
}
