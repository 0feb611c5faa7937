package io.tenure.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A customer account as it is now. */
public record Account(long id, String externalId, String name, String domain, String industry, Integer employees,
		String country, String plan, Tier tier, LifecycleStage lifecycleStage, Long ownerId, String ownerName,
		LocalDate customerSince, LocalDate churnedAt, String churnReason, Map<String, Object> traits, Instant createdAt,
		Instant updatedAt, int version) {

	public AccountDetails details() {
		return new AccountDetails(externalId, name, domain, industry, employees, country, plan, tier, lifecycleStage, ownerId,
				customerSince, churnedAt, churnReason, traits);
	}
}
