package io.tenure.accounts;

import static io.tenure.accounts.AccountJson.account;
import static io.tenure.accounts.AccountJson.unique;
import static io.tenure.accounts.AccountJson.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TenureTest
class TeamApiTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	HttpApi api;
	StaffFixtures staff;
	static StaffMember owner;
	static StaffMember seller;
	static StaffMember engineer;
	static String managerToken;
	long accountId;
	String team;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		staff = new StaffFixtures(staffUsers, apiTokens);
		if (managerToken == null) {
			managerToken = staff.token(Role.MANAGER);
			owner = staff.member(Role.CSM);
			seller = staff.member(Role.VIEWER);
			engineer = staff.member(Role.CSM);
		}
		accountId = api.post("/api/v1/accounts", managerToken, with(account("Team " + unique()), "ownerId", owner.id())).expect(201).id();
		team = "/api/v1/accounts/" + accountId + "/team";
	}

	@Test
	void listsTheOwnerAsCsmAndAddsSalesAndEngineers() {
		assertThat(members(api.get(team, managerToken).expect(200).json())).containsExactly("CSM " + owner.id());

		api.post(team, managerToken, Map.of("staffUserId", seller.id(), "role", "SALES")).expect(200);
		JsonNode listed = api.post(team, managerToken, Map.of("staffUserId", engineer.id(), "role", "ENGINEER")).expect(200).json();

		assertThat(members(listed)).containsExactly("CSM " + owner.id(), "SALES " + seller.id(), "ENGINEER " + engineer.id());
		assertThat(members(api.get(team, managerToken).expect(200).json())).isEqualTo(members(listed));
		api.post(team, managerToken, Map.of("staffUserId", seller.id(), "role", "SALES")).expect(200);
		assertThat(members(api.get(team, managerToken).json())).as("adding twice keeps one").hasSize(3);
	}

	@Test
	void addingACsmReassignsTheOwnerWithHistory() {
		StaffMember successor = staff.member(Role.CSM);

		JsonNode listed = api.post(team, managerToken, Map.of("staffUserId", successor.id(), "role", "CSM")).expect(200).json();

		assertThat(members(listed)).containsExactly("CSM " + successor.id());
		assertThat(api.get("/api/v1/accounts/" + accountId, managerToken).json().path("ownerId").asLong()).isEqualTo(successor.id());
		JsonNode history = api.get("/api/v1/accounts/" + accountId + "/history", managerToken).expect(200).json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).path("ownerId").asLong()).isEqualTo(successor.id());
		assertThat(history.get(1).path("ownerId").asLong()).isEqualTo(owner.id());
	}

	@Test
	void aCsmCannotMakeSomeoneElseTheOwner() {
		String ownerToken = staff.token(owner);

		api.post(team, ownerToken, Map.of("staffUserId", engineer.id(), "role", "CSM")).expectProblem(403);
		api.post(team, ownerToken, Map.of("staffUserId", engineer.id(), "role", "ENGINEER")).expect(200);

		assertThat(api.get("/api/v1/accounts/" + accountId, managerToken).json().path("ownerId").asLong()).isEqualTo(owner.id());
	}

	@Test
	void removesAMemberAndTheOwner() {
		api.post(team, managerToken, Map.of("staffUserId", seller.id(), "role", "SALES")).expect(200);

		assertThat(members(api.delete(team + "/SALES/" + seller.id(), managerToken).expect(200).json())).containsExactly("CSM " + owner.id());
		assertThat(members(api.delete(team + "/CSM/" + owner.id(), managerToken).expect(200).json())).isEmpty();
		assertThat(api.get("/api/v1/accounts/" + accountId, managerToken).json().path("ownerId").isNull()).isTrue();
	}

	@Test
	void removingSomeoneWhoIsNotInTheTeamIsA400() {
		assertThat(api.delete(team + "/SALES/" + seller.id(), managerToken).expectProblem(400)).containsExactly("staffUserId");
		assertThat(api.delete(team + "/CSM/" + engineer.id(), managerToken).expectProblem(400)).containsExactly("staffUserId");
		assertThat(members(api.get(team, managerToken).json())).containsExactly("CSM " + owner.id());
	}

	@Test
	void rejectsUnknownStaffAndRoles() {
		assertThat(api.post(team, managerToken, Map.of("staffUserId", Long.MAX_VALUE - 9, "role", "SALES")).expectProblem(400))
			.containsExactly("staffUserId");
		assertThat(api.post(team, managerToken, Map.of("staffUserId", seller.id(), "role", "JANITOR")).expectProblem(400))
			.containsExactly("role");
		assertThat(api.post(team, managerToken, Map.of("role", "SALES")).expectProblem(400)).containsExactly("staffUserId");
		api.delete(team + "/JANITOR/" + seller.id(), managerToken).expectProblem(400);
		api.get("/api/v1/accounts/" + (Long.MAX_VALUE - 1) + "/team", managerToken).expectProblem(404);
		assertThat(members(api.get(team, managerToken).json())).containsExactly("CSM " + owner.id());
	}

	@Test
	void aDeactivatedMemberOfStaffCannotJoin() {
		StaffMember gone = staff.member(Role.CSM);
		staffUsers.update(gone.id(), gone.displayName(), gone.role(), false);

		assertThat(api.post(team, managerToken, Map.of("staffUserId", gone.id(), "role", "ENGINEER")).expectProblem(400))
			.containsExactly("staffUserId");
	}

	private static List<String> members(JsonNode team) {
		List<String> members = new ArrayList<>();
		team.forEach(member -> members.add(member.path("role").asText() + " " + member.path("staffUserId").asLong()));
		return members;
	}
}
