package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Input PostgreSQL cannot store is a clear 400, in the API and in the UI, and never a 500. */
@TenureTest
class UnstorableInputTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Accounts accounts;

	StaffFixtures staff;
	HttpApi api;

	@BeforeEach
	void setUp() {
		staff = new StaffFixtures(staffUsers, apiTokens);
		api = new HttpApi(port);
	}

	@Test
	void aNulCharacterInAQueryParameterIsRefusedNamingTheParameter() {
		String token = staff.token(Role.VIEWER);
		var fields = api.get("/api/v1/accounts?q=a%00b", token).expectProblem(400);
		assertThat(fields).containsExactly("q");

		StaffMember viewer = staff.member(Role.VIEWER);
		WebSession session = WebSession.login(port, viewer.email(), StaffFixtures.PASSWORD);
		assertThat(session.get("/accounts?q=%00").expect(400).body()).contains("NUL");
		session.get("/people?q=%00").expect(400);
	}

	@Test
	void aNulCharacterInAJsonBodyIsABadRequestAndNothingIsStored() {
		String token = staff.token(Role.ADMIN);
		String name = "Nul " + UUID.randomUUID();
		api.post("/api/v1/accounts", token, Map.of("name", name + "\u0000 middle", "tier", "STANDARD", "lifecycleStage", "ONBOARDING"))
			.expectProblem(400);
		api.post("/api/v1/accounts", token, Map.of("name", name, "tier", "STANDARD", "lifecycleStage", "ONBOARDING",
				"traits", Map.of("note", "a\u0000b"))).expectProblem(400);
		assertThat(accounts.search(new io.tenure.accounts.AccountQuery(name, null, null, null, null, null, null, 0, 5)).total())
			.isZero();
	}

	@Test
	void aStaleWebFormSaysSomeoneElseChangedTheAccount() {
		StaffMember manager = staff.member(Role.MANAGER);
		var account = accounts.create(new io.tenure.accounts.AccountDetails(null, "Stale " + UUID.randomUUID(), null, null, null,
				null, null, io.tenure.accounts.Tier.STANDARD, io.tenure.accounts.LifecycleStage.ONBOARDING, null, null, null, null,
				null), manager.id());
		accounts.update(account.id(), null, account.details(), manager.id());
		WebSession session = WebSession.login(port, manager.email(), StaffFixtures.PASSWORD);
		session.get("/accounts/" + account.id() + "/edit").expect(200);

		var page = session.post("/accounts/" + account.id(), "name", "Overwrite", "tier", "STANDARD", "lifecycleStage",
				"ONBOARDING", "version", "0").expect(200);

		assertThat(page.body()).contains("changed by someone else");
		assertThat(accounts.get(account.id()).name()).isEqualTo(account.name());
	}
}
