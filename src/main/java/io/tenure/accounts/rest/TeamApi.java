package io.tenure.accounts.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.accounts.AccountChanges;
import io.tenure.accounts.AccountTeams;
import io.tenure.accounts.TeamMember;
import io.tenure.accounts.TeamRole;
import io.tenure.identity.StaffPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/team")
@Tag(name = "Account teams", description = "Who looks after an account: CSM (the owner), sales, support lead, engineers, executive sponsor")
class TeamApi {

	private final AccountTeams teams;
	private final AccountChanges changes;

	TeamApi(AccountTeams teams, AccountChanges changes) {
		this.teams = teams;
		this.changes = changes;
	}

	@GetMapping
	List<TeamMember> list(@PathVariable long accountId) {
		return teams.members(accountId);
	}

	@PostMapping
	@Operation(summary = "Add a member to the team", description = "Adding a CSM makes them the owner (managers and admins only).")
	List<TeamMember> add(@PathVariable long accountId, @Valid @RequestBody NewTeamMember member,
			@AuthenticationPrincipal StaffPrincipal me) {
		return changes.addTeamMember(me, accountId, member.staffUserId(), member.role());
	}

	@DeleteMapping("/{role}/{staffUserId}")
	List<TeamMember> remove(@PathVariable long accountId, @PathVariable TeamRole role, @PathVariable long staffUserId,
			@AuthenticationPrincipal StaffPrincipal me) {
		return changes.removeTeamMember(me, accountId, staffUserId, role);
	}

	record NewTeamMember(@NotNull Long staffUserId, @NotNull TeamRole role) {
	}
}
