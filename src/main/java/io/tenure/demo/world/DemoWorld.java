package io.tenure.demo.world;

import java.time.LocalDate;
import java.util.List;

/** Everything the demo workspace holds, drawn from a seed as of a day. */
public record DemoWorld(long seed, LocalDate today, List<DemoStaff> staff, List<DemoAccount> accounts, List<DemoPerson> people) {

	public DemoWorld {
		staff = List.copyOf(staff);
		accounts = List.copyOf(accounts);
		people = List.copyOf(people);
	}

	public long churnedAccounts() {
		return accounts.stream().filter(account -> account.trajectory().churned()).count();
	}
}
