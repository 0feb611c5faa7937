package io.tenure.accounts;

/** Where an account is in its life as a customer. */
public enum LifecycleStage {
	TRIAL, ONBOARDING, ADOPTION, MATURE, CHURNED
}
