package io.tenure.usage;

import java.time.Instant;

/**
 * A search of stored events; every filter is optional, times are [from, to). Newest first.
 * {@code activityOnly} leaves out the calls that describe people and accounts (identify, group, alias).
 */
public record EventQuery(Long accountId, Long personId, String name, EventCategory category, Instant from, Instant to,
		boolean activityOnly, int page, int size) {

	public static final int MAX_SIZE = 500;

	public EventQuery {
		name = name == null || name.isBlank() ? null : name.trim();
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new io.tenure.platform.InvalidInputException("from", "must be before 'to'");
		}
	}
}
