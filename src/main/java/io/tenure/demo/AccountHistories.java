package io.tenure.demo;

import java.util.ArrayList;
import java.util.List;

import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.AccountTeams;
import io.tenure.accounts.Accounts;
import io.tenure.demo.world.AccountChange;
import io.tenure.demo.world.DemoAccount;
import io.tenure.demo.world.TeamSeat;

import org.springframework.stereotype.Component;

/**
 * Writes each demo account with its whole history: created as of its signup, then every planned
 * change as of its own date, so the account reads correctly as of any past day. Then its team.
 */
@Component
class AccountHistories {

	private final Accounts accounts;
	private final AccountTeams teams;

	AccountHistories(Accounts accounts, AccountTeams teams) {
		this.accounts = accounts;
		this.teams = teams;
	}

	/** Returns the new accounts' ids in the order of the world's accounts. */
	List<Long> write(List<DemoAccount> demoAccounts, List<Long> staffIds, long changedBy) {
		List<Long> ids = new ArrayList<>(demoAccounts.size());
		for (DemoAccount account : demoAccounts) {
			List<AccountChange> history = account.history();
			AccountChange created = history.get(0);
			long id = accounts.create(details(account, created, staffIds), changedBy, created.at()).id();
			for (AccountChange change : history.subList(1, history.size())) {
				accounts.update(id, null, details(account, change, staffIds), changedBy, change.at());
			}
			for (TeamSeat seat : account.team()) {
				teams.add(id, staffIds.get(seat.staffIndex()), seat.role(), changedBy);
			}
			ids.add(id);
		}
		return ids;
	}

	private static AccountDetails details(DemoAccount account, AccountChange change, List<Long> staffIds) {
		return new AccountDetails(account.externalId(), account.name(), account.domain(), account.industry(), account.employees(),
				account.country(), change.plan(), change.tier(), change.stage(), staffIds.get(change.ownerIndex()),
				change.customerSince(), change.churnedAt(), change.churnReason(), null);
	}
}
