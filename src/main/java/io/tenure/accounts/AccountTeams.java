package io.tenure.accounts;

import java.util.ArrayList;
import java.util.List;

import io.tenure.platform.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account teams: the owner as CSM, plus the salesperson, support lead, engineers and executive
 * sponsor ({@code account_team_members}). Making someone the CSM reassigns the owner, with history.
 */
@Repository
public class AccountTeams {

	private final JdbcClient db;
	private final Accounts accounts;
	private final StaffCheck staffCheck;

	AccountTeams(JdbcClient db, Accounts accounts, StaffCheck staffCheck) {
		this.db = db;
		this.accounts = accounts;
		this.staffCheck = staffCheck;
	}

	public List<TeamMember> members(long accountId) {
		Account account = accounts.get(accountId);
		List<TeamMember> members = new ArrayList<>();
		if (account.ownerId() != null) {
			db.sql("select id, display_name, email from staff_users where id = ?").param(account.ownerId())
				.query((rs, n) -> new TeamMember(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"), TeamRole.CSM))
				.optional().ifPresent(members::add);
		}
		members.addAll(db.sql("""
				select s.id, s.display_name, s.email, m.role from account_team_members m
				join staff_users s on s.id = m.staff_user_id
				where m.account_id = ?
				order by array_position(array['SALES','SUPPORT_LEAD','ENGINEER','EXECUTIVE_SPONSOR'], m.role), lower(s.display_name)""")
			.param(accountId)
			.query((rs, n) -> new TeamMember(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					TeamRole.valueOf(rs.getString("role"))))
			.list());
		return members;
	}

	/** Whether this member of staff is in the account's team, in any role. */
	public boolean isMember(long accountId, long staffUserId) {
		return db.sql("""
				select exists (select 1 from accounts where id = :account and owner_id = :staff)
				    or exists (select 1 from account_team_members where account_id = :account and staff_user_id = :staff)""")
			.param("account", accountId).param("staff", staffUserId)
			.query(Boolean.class).single();
	}

	@Transactional
	public List<TeamMember> add(long accountId, long staffUserId, TeamRole role, Long changedBy) {
		Account account = accounts.lock(accountId);
		staffCheck.requireActive(staffUserId, "staffUserId");
		if (role == TeamRole.CSM) {
			accounts.update(accountId, null, account.details().withOwner(staffUserId), changedBy);
		}
		else {
			db.sql("insert into account_team_members (account_id, staff_user_id, role) values (?, ?, ?) on conflict do nothing")
				.params(accountId, staffUserId, role.name()).update();
		}
		return members(accountId);
	}

	@Transactional
	public List<TeamMember> remove(long accountId, long staffUserId, TeamRole role, Long changedBy) {
		Account account = accounts.lock(accountId);
		if (role == TeamRole.CSM) {
			if (account.ownerId() == null || account.ownerId() != staffUserId) {
				throw new InvalidInputException("staffUserId", "staff user " + staffUserId + " is not the CSM of this account");
			}
			accounts.update(accountId, null, account.details().withOwner(null), changedBy);
		}
		else if (db.sql("delete from account_team_members where account_id = ? and staff_user_id = ? and role = ?")
			.params(accountId, staffUserId, role.name()).update() == 0) {
			throw new InvalidInputException("staffUserId", "staff user " + staffUserId + " is not in this team as " + role);
		}
		return members(accountId);
	}
}
