package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latent story of one account, drawn from the seed: what later simulations (events, touches,
 * contracts) follow, and what the health and risk models should be able to discover.
 *
 * @param signedUpAt when the account signed up
 * @param trial whether it began with the 90 free days (seed S11)
 * @param customerSince when it became (or, while still in trial, will become) a paying customer
 * @param onboarded whether it went through onboarding (seed S12)
 * @param engagement where its usage is heading
 * @param churnedOn when it churned; null while it is a customer
 * @param churnReason why it churned; null while it is a customer
 * @param renewal the next yearly anniversary of {@code customerSince} for live customers; otherwise null
 */
public record Trajectory(Instant signedUpAt, boolean trial, LocalDate customerSince, boolean onboarded, Engagement engagement,
		LocalDate churnedOn, String churnReason, LocalDate renewal) {

	public LocalDate signedUpOn() {
		return LocalDate.ofInstant(signedUpAt, java.time.ZoneOffset.UTC);
	}

	public boolean churned() {
		return churnedOn != null;
	}

	/** Whether the account was in its free trial at the start of a day; it converts during its customerSince day. */
	public boolean inTrialOn(LocalDate day) {
		return trial && !day.isAfter(customerSince);
	}

	/** The first day it no longer uses the product: the churn date, or tomorrow for live accounts. */
	public LocalDate activeUntil(LocalDate today) {
		return churned() ? churnedOn : today;
	}
}
