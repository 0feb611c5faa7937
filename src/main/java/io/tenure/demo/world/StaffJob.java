package io.tenure.demo.world;

import io.tenure.identity.Role;

/**
 * The jobs in the simulated SaaS's team (seed S9). Only CS managers and CSMs edit accounts; sales,
 * support and engineering read them, so they are VIEWERs and do not count as CSMs in workload views.
 */
public enum StaffJob {
	CS_MANAGER(Role.MANAGER), CSM(Role.CSM), ACCOUNT_EXECUTIVE(Role.VIEWER), SUPPORT_LEAD(Role.VIEWER),
	SOLUTIONS_ENGINEER(Role.VIEWER);

	private final Role role;

	StaffJob(Role role) {
		this.role = role;
	}

	public Role role() {
		return role;
	}
}
