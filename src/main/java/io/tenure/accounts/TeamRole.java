package io.tenure.accounts;

/**
 * The parts staff play for an account (seed S9: success is everyone's job). The CSM of the team is
 * the account's owner.
 */
public enum TeamRole {
	CSM, SALES, SUPPORT_LEAD, ENGINEER, EXECUTIVE_SPONSOR
}
