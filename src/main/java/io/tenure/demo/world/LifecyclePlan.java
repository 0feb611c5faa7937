package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;

/**
 * Turns a trajectory into the account's dated history: signup, conversion after the trial, adoption
 * (60-120 days with onboarding, 120-240 without), maturity after about a year, the odd upgrade and
 * owner change, and churn. Every change falls before the churn date (or before today) and at its
 * own hour, so each one is strictly later than the one before.
 */
final class LifecyclePlan {

	private static final double UPGRADED_SHARE = 0.25;
	private static final double REASSIGNED_SHARE = 0.15;

	private record Step(Instant at, String what, UnaryOperator<AccountChange> change) {
	}

	private LifecyclePlan() {
	}

	static List<AccountChange> plan(Trajectory t, Tier tier, String plan, int owner, Books books, LocalDate today, Chance chance) {
		LocalDate start = t.customerSince();
		LocalDate end = t.activeUntil(today);
		LocalDate upgradeOn = tier == Tier.LARGE && chance.of(UPGRADED_SHARE) ? dayBefore(end, start.plusDays(90), chance) : null;
		Integer previousOwner = chance.of(REASSIGNED_SHARE) ? books.anotherCsm(owner, chance) : null;
		LocalDate reassignOn = previousOwner == null ? null : dayBefore(end, start.plusDays(30), chance);
		var first = new AccountChange(t.signedUpAt(), "signed up", upgradeOn == null ? tier : Tier.STANDARD,
				t.trial() ? LifecycleStage.TRIAL : LifecycleStage.ONBOARDING, reassignOn == null ? owner : previousOwner,
				upgradeOn == null ? plan : "Team", t.trial() ? null : start, null, null);
		List<Step> steps = new ArrayList<>();
		if (t.trial()) {
			steps.add(new Step(at(start, 9), "became a customer", c -> stage(c, LifecycleStage.ONBOARDING, start)));
		}
		LocalDate adopted = start.plusDays(t.onboarded() ? chance.between(60, 120) : chance.between(120, 240));
		steps.add(new Step(at(adopted, 10), "adopted", c -> stage(c, LifecycleStage.ADOPTION, start)));
		steps.add(new Step(at(start.plusDays(chance.between(350, 400)), 11), "matured", c -> stage(c, LifecycleStage.MATURE, start)));
		if (upgradeOn != null) {
			steps.add(new Step(at(upgradeOn, 13), "upgraded", c -> new AccountChange(null, null, Tier.LARGE, c.stage(),
					c.ownerIndex(), plan, c.customerSince(), null, null)));
		}
		if (reassignOn != null) {
			steps.add(new Step(at(reassignOn, 15), "reassigned", c -> new AccountChange(null, null, c.tier(), c.stage(), owner,
					c.plan(), c.customerSince(), null, null)));
		}
		Instant until = at(end, 0);
		steps.removeIf(step -> !step.at().isBefore(until));
		if (t.churned()) {
			steps.add(new Step(until, "churned", c -> new AccountChange(null, null, c.tier(), LifecycleStage.CHURNED,
					c.ownerIndex(), c.plan(), start, t.churnedOn(), t.churnReason())));
		}
		steps.sort(Comparator.comparing(Step::at));
		List<AccountChange> history = new ArrayList<>(List.of(first));
		for (Step step : steps) {
			AccountChange next = step.change().apply(history.get(history.size() - 1));
			history.add(new AccountChange(step.at(), step.what(), next.tier(), next.stage(), next.ownerIndex(), next.plan(),
					next.customerSince(), next.churnedAt(), next.churnReason()));
		}
		return history;
	}

	private static AccountChange stage(AccountChange c, LifecycleStage stage, LocalDate customerSince) {
		return new AccountChange(null, null, c.tier(), stage, c.ownerIndex(), c.plan(), customerSince, null, null);
	}

	/** A day from {@code from} up to the day before {@code end}; null when there is none. */
	private static LocalDate dayBefore(LocalDate end, LocalDate from, Chance chance) {
		long days = java.time.temporal.ChronoUnit.DAYS.between(from, end);
		return days <= 0 ? null : from.plusDays(chance.between(0, (int) days - 1));
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
	}
}
