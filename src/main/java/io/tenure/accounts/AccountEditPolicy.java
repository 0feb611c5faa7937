package io.tenure.accounts;

import java.util.Objects;

import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change an account: managers and admins any account; a CSM the accounts whose team they are
 * in; viewers none. Only managers and admins reassign owners.
 */
@Component
public class AccountEditPolicy {

	private final AccountTeams teams;

	AccountEditPolicy(AccountTeams teams) {
		this.teams = teams;
	}

	public boolean canEdit(StaffPrincipal who, long accountId) {
		return who.can(Role.MANAGER) || (who.can(Role.CSM) && teams.isMember(accountId, who.id()));
	}

	public boolean canCreate(StaffPrincipal who) {
		return who.can(Role.CSM);
	}

	public boolean canReassignOwner(StaffPrincipal who) {
		return who.can(Role.MANAGER);
	}

	void requireEdit(StaffPrincipal who, long accountId) {
		if (!canEdit(who, accountId)) {
			throw new AccessDeniedException(who.can(Role.CSM)
					? "a CSM can change only the accounts in their account team"
					: "your role " + who.role() + " is read-only");
		}
	}

	void requireCreate(StaffPrincipal who) {
		if (!canCreate(who)) {
			throw new AccessDeniedException("your role " + who.role() + " is read-only");
		}
	}

	void requireOwnerChange(StaffPrincipal who, Long from, Long to) {
		if (!Objects.equals(from, to) && !canReassignOwner(who)) {
			throw new AccessDeniedException("only managers and admins reassign an account's owner");
		}
	}
}
