package io.tenure.ingest;

import java.time.Instant;

/** A write key as the admin sees it: never its secret. */
public record WriteKey(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}
}
