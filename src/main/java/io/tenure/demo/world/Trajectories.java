package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.tenure.accounts.Tier;

/**
 * Draws each account's latent trajectory. The shape follows the seeds: signups grow over three
 * years; some start with 90 free days (S11); about 70% are onboarded; customers without onboarding
 * churn far more often within six months (S12: 40%); declining accounts leave at their renewals.
 */
final class Trajectories {

	static final int HISTORY_DAYS = 3 * 365;
	static final int TRIAL_DAYS = 90;
	static final int EARLY_DAYS = 182;
	/** Signups per day triple over the three years, so recent accounts are more frequent. */
	private static final double GROWTH = 3.0;
	private static final Map<Tier, Double> ONBOARDED = Map.of(Tier.STANDARD, 0.65, Tier.LARGE, 0.78, Tier.KEY, 0.92);
	/** Bigger accounts are stickier. */
	private static final Map<Tier, Double> TIER_CHURN = Map.of(Tier.STANDARD, 1.0, Tier.LARGE, 0.8, Tier.KEY, 0.5);
	private static final Map<Engagement, Double> ENGAGEMENT_CHURN = Map.of(Engagement.RISING, 0.4, Engagement.STEADY, 0.8,
			Engagement.DECLINING, 1.5);
	private static final Map<Engagement, Double> RENEWAL_CHURN = Map.of(Engagement.RISING, 0.01, Engagement.STEADY, 0.05,
			Engagement.DECLINING, 0.3);
	private static final Weighted<Engagement> ONBOARDED_ENGAGEMENT = new Weighted<Engagement>()
		.add(Engagement.RISING, 35).add(Engagement.STEADY, 45).add(Engagement.DECLINING, 20);
	private static final Weighted<Engagement> LEFT_ALONE_ENGAGEMENT = new Weighted<Engagement>()
		.add(Engagement.RISING, 15).add(Engagement.STEADY, 40).add(Engagement.DECLINING, 45);

	private Trajectories() {
	}

	static Trajectory draw(Tier tier, LocalDate today, Chance chance) {
		int day = (int) (HISTORY_DAYS * StrictMath.log1p(chance.unit() * (GROWTH - 1)) / StrictMath.log(GROWTH));
		LocalDate signup = today.minusDays(Math.max(1, HISTORY_DAYS - day));
		Instant signedUpAt = signup.atTime(chance.between(7, 18), chance.between(0, 59)).toInstant(ZoneOffset.UTC);
		boolean trial = chance.of(0.55);
		LocalDate start = trial ? signup.plusDays(TRIAL_DAYS) : signup;
		boolean onboarded = chance.of(ONBOARDED.get(tier));
		Engagement engagement = (onboarded ? ONBOARDED_ENGAGEMENT : LEFT_ALONE_ENGAGEMENT).draw(chance);
		double stickiness = TIER_CHURN.get(tier);
		LocalDate churn = null;
		String reason = null;
		if (chance.of((onboarded ? 0.06 : 0.40) * ENGAGEMENT_CHURN.get(engagement) * stickiness)) {
			churn = start.plusDays(chance.between(30, EARLY_DAYS));
			reason = ChurnReasons.reason(onboarded, true, chance);
		}
		for (int year = 1; churn == null && year <= 3; year++) {
			if (chance.of(RENEWAL_CHURN.get(engagement) * stickiness / year)) {
				churn = start.plusYears(year).minusDays(chance.between(0, 30));
				reason = ChurnReasons.reason(onboarded, false, chance);
			}
		}
		if (churn != null && !churn.isBefore(today)) {
			churn = null; // a churn still ahead is only a tendency for now: the engagement trend shows it
			reason = null;
		}
		return new Trajectory(signedUpAt, trial, start, onboarded, engagement, churn, reason, renewal(start, churn, today));
	}

	private static LocalDate renewal(LocalDate start, LocalDate churn, LocalDate today) {
		if (churn != null || !start.isBefore(today)) {
			return null;
		}
		LocalDate renewal = start.plusYears(1);
		while (renewal.isBefore(today)) {
			renewal = renewal.plusYears(1);
		}
		return renewal;
	}
}
