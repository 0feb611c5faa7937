package io.tenure.accounts;

import java.util.List;

import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change a member of staff makes to accounts, people and teams, from the UI or the API, passes
 * the {@link AccountEditPolicy} here first.
 */
@Service
public class AccountChanges {

	private final Accounts accounts;
	private final People people;
	private final AccountTeams teams;
	private final AccountEditPolicy policy;

	AccountChanges(Accounts accounts, People people, AccountTeams teams, AccountEditPolicy policy) {
		this.accounts = accounts;
		this.people = people;
		this.teams = teams;
		this.policy = policy;
	}

	/** A CSM who creates an account owns it; only managers and admins give it to someone else. */
	@Transactional
	public Account create(StaffPrincipal who, AccountDetails details) {
		policy.requireCreate(who);
		if (!policy.canReassignOwner(who) && details.ownerId() == null) {
			details = details.withOwner(who.id());
		}
		policy.requireOwnerChange(who, who.id(), details.ownerId());
		return accounts.create(details, who.id());
	}

	@Transactional
	public Account update(StaffPrincipal who, long id, Integer expectedVersion, AccountDetails details) {
		Account current = accounts.lock(id);
		policy.requireEdit(who, id);
		policy.requireOwnerChange(who, current.ownerId(), details.ownerId());
		return accounts.update(id, expectedVersion, details, who.id());
	}

	@Transactional
	public List<TeamMember> addTeamMember(StaffPrincipal who, long accountId, long staffUserId, TeamRole role) {
		Account account = accounts.lock(accountId);
		policy.requireEdit(who, accountId);
		if (role == TeamRole.CSM) {
			policy.requireOwnerChange(who, account.ownerId(), staffUserId);
		}
		return teams.add(accountId, staffUserId, role, who.id());
	}

	@Transactional
	public List<TeamMember> removeTeamMember(StaffPrincipal who, long accountId, long staffUserId, TeamRole role) {
		accounts.get(accountId);
		policy.requireEdit(who, accountId);
		if (role == TeamRole.CSM) {
			policy.requireOwnerChange(who, staffUserId, null);
		}
		return teams.remove(accountId, staffUserId, role, who.id());
	}

	@Transactional
	public Person createPerson(StaffPrincipal who, PersonDetails details) {
		requirePersonEdit(who, details.accountId());
		return people.create(details);
	}

	@Transactional
	public Person updatePerson(StaffPrincipal who, long id, Integer expectedVersion, PersonDetails details) {
		Person current = people.get(id);
		requirePersonEdit(who, current.accountId());
		if (details.accountId() != null && !details.accountId().equals(current.accountId())) {
			requirePersonEdit(who, details.accountId());
		}
		return people.update(id, expectedVersion, details);
	}

	/** People at an account are edited by whoever may edit the account; people at none by any CSM. */
	private void requirePersonEdit(StaffPrincipal who, Long accountId) {
		if (accountId == null) {
			policy.requireCreate(who);
		}
		else {
			accounts.find(accountId).orElseThrow(() -> new InvalidInputException("accountId", "there is no account with id " + accountId));
			policy.requireEdit(who, accountId);
		}
	}
}
