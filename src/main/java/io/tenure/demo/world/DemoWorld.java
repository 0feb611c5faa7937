package io.tenure.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the demo workspace holds, drawn from a seed as of a day. */
public record DemoWorld(long seed, LocalDate today, List<DemoStaff> staff, List<DemoAccount> accounts, List<DemoPerson> people) {

	public DemoWorld {
		staff = List.copyOf(staff);
		accounts = List.copyOf(accounts);
		people = List.copyOf(people);
	}

	/** Each account's people by account index, in the world's order; accounts without people are left out. */
	public Map<Integer, List<DemoPerson>> peopleByAccount() {
		Map<Integer, List<DemoPerson>> byAccount = new TreeMap<>();
		people.forEach(person -> byAccount.computeIfAbsent(person.accountIndex(), index -> new ArrayList<>()).add(person));
		return byAccount;
	}

	public long churnedAccounts() {
		return accounts.stream().filter(account -> account.trajectory().churned()).count();
	}
}
