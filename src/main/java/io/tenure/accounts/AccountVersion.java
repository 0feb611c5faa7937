package io.tenure.accounts;

import java.time.Instant;

/** One period of an account's history in which its tier, stage and owner held; validTo null is now. */
public record AccountVersion(Instant validFrom, Instant validTo, Tier tier, LifecycleStage lifecycleStage, Long ownerId,
		String ownerName, String changedByName) {
}
