package io.tenure.identity.tokens;

import java.time.Instant;

import io.tenure.identity.Role;

/** An API token as the admin sees it: never its secret, only the first characters to recognise it. */
public record ApiToken(long id, String name, String prefix, Role role, String actsFor, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}
}
