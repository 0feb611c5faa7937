package io.tenure.accounts;

import java.time.Instant;
import java.util.Map;

/** A person at a customer account: an end user of the SaaS. */
public record Person(long id, Long accountId, String accountName, String externalId, String email, String name, String title,
		PersonRole role, Instant firstSeenAt, Instant lastSeenAt, Map<String, Object> traits, Instant createdAt,
		Instant updatedAt, int version) {

	public PersonDetails details() {
		return new PersonDetails(accountId, externalId, email, name, title, role, firstSeenAt, lastSeenAt, traits);
	}
}
