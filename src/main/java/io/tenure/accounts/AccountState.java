package io.tenure.accounts;

import java.time.Instant;

/** An account's tier, lifecycle stage and owner as they were at a moment. */
public record AccountState(long accountId, Instant at, Tier tier, LifecycleStage lifecycleStage, Long ownerId) {
}
