package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;

import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;

/**
 * An account's tier, stage, owner and customer record from a moment on: the first one creates the
 * account, each later one changes it. The owner is an index into the world's staff.
 */
public record AccountChange(Instant at, String what, Tier tier, LifecycleStage stage, int ownerIndex, String plan,
		LocalDate customerSince, LocalDate churnedAt, String churnReason) {
}
