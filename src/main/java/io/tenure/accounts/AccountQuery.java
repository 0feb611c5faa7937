package io.tenure.accounts;

import java.util.Set;

/**
 * A search of the account list. Every filter is optional; sort is one of {@link #SORTS}, with a
 * leading '-' for descending.
 */
public record AccountQuery(String q, Tier tier, LifecycleStage stage, Long ownerId, String industry, String country,
		String sort, int page, int size) {

	public static final Set<String> SORTS = Set.of("name", "tier", "stage", "owner", "customerSince", "employees", "updated");
	public static final int MAX_SIZE = 200;

	public AccountQuery {
		q = Text.clean(q);
		industry = Text.clean(industry);
		country = Text.clean(country);
		sort = Text.clean(sort) == null ? "name" : sort.trim();
		if (!SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
			throw new io.tenure.platform.InvalidInputException("sort", "must be one of " + new java.util.TreeSet<>(SORTS)
					+ ", with a leading '-' for descending");
		}
		page = Math.max(0, page);
		size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
	}

	public String sortField() {
		return sort.startsWith("-") ? sort.substring(1) : sort;
	}

	public boolean descending() {
		return sort.startsWith("-");
	}
}
