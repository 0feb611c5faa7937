package io.tenure.demo.world;

import java.time.Instant;

import io.tenure.accounts.PersonRole;

/** A person at a customer account (index into the world's accounts), as the SaaS's analytics know them. */
public record DemoPerson(int accountIndex, String externalId, String email, String name, String title, PersonRole role,
		Instant firstSeenAt, Instant lastSeenAt) {
}
