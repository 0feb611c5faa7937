package io.tenure.demo.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated SaaS's team. One CSM per 60 accounts on purpose: more than the seed's rule of one per
 * 40 (S16), which the team module is meant to flag. One CS manager per ten CSMs; one account
 * executive, support lead and solutions engineer per 400 accounts.
 */
final class StaffRoster {

	static final int ACCOUNTS_PER_CSM = 60;
	static final String EMAIL_DOMAIN = "demo.tenure.local";

	private final List<DemoStaff> staff = new ArrayList<>();
	private final Map<StaffJob, List<Integer>> byJob = new EnumMap<>(StaffJob.class);
	private final Set<String> emails = new HashSet<>();

	static StaffRoster hire(int accounts, Chance chance) {
		var roster = new StaffRoster();
		int csms = ceil(accounts, ACCOUNTS_PER_CSM);
		roster.hire(StaffJob.CS_MANAGER, ceil(csms, 10), chance);
		roster.hire(StaffJob.CSM, csms, chance);
		roster.hire(StaffJob.ACCOUNT_EXECUTIVE, ceil(accounts, 400), chance);
		roster.hire(StaffJob.SUPPORT_LEAD, ceil(accounts, 400), chance);
		roster.hire(StaffJob.SOLUTIONS_ENGINEER, ceil(accounts, 400), chance);
		return roster;
	}

	private void hire(StaffJob job, int count, Chance chance) {
		for (int i = 0; i < count; i++) {
			String first;
			String last;
			String email;
			do {
				first = PersonNames.first(chance);
				last = PersonNames.last(chance);
				email = PersonNames.emailLocalPart(first, last) + "@" + EMAIL_DOMAIN;
			}
			while (!emails.add(email));
			byJob.computeIfAbsent(job, j -> new ArrayList<>()).add(staff.size());
			staff.add(new DemoStaff(email, first + " " + last, job));
		}
	}

	List<DemoStaff> staff() {
		return staff;
	}

	/** Indices into {@link #staff()} of everyone in a job. */
	List<Integer> all(StaffJob job) {
		return byJob.getOrDefault(job, List.of());
	}

	private static int ceil(int amount, int per) {
		return Math.max(1, (amount + per - 1) / per);
	}
}
