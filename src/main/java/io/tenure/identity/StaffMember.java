package io.tenure.identity;

import java.time.Instant;

/** A member of the SaaS team who uses Tenure. */
public record StaffMember(long id, String email, String displayName, Role role, boolean active, Instant createdAt,
		Instant lastLoginAt) {
}
