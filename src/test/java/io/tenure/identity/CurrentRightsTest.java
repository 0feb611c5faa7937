package io.tenure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.tenure.TenureTest;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rights follow the staff member as they are now: sessions and tokens outlive no demotion. */
@TenureTest
class CurrentRightsTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	StaffFixtures staff;
	HttpApi api;

	@BeforeEach
	void setUp() {
		staff = new StaffFixtures(staffUsers, apiTokens);
		api = new HttpApi(port);
	}

	@Test
	void aDeactivatedMembersOpenSessionEndsAtTheirNextRequest() {
		StaffMember csm = staff.member(Role.CSM);
		WebSession session = WebSession.login(port, csm.email(), StaffFixtures.PASSWORD);

		staffUsers.update(csm.id(), csm.displayName(), csm.role(), false);

		session.get("/accounts").expectRedirect("/login");
	}

	@Test
	void aDemotedAdminLosesTheAdminPagesInTheirOpenSession() {
		StaffMember admin = staff.member(Role.ADMIN);
		WebSession session = WebSession.login(port, admin.email(), StaffFixtures.PASSWORD);
		session.get("/admin/tokens").expect(200);

		staffUsers.update(admin.id(), admin.displayName(), Role.VIEWER, true);

		session.get("/admin/tokens").expect(403);
		session.get("/accounts").expect(200);
	}

	@Test
	void aTokenActsWithNoMoreThanItsMemberMayDoNow() {
		StaffMember member = staff.member(Role.MANAGER);
		String token = apiTokens.create("automation", Role.ADMIN, member.id(), null);
		Map<String, Object> account = Map.of("name", "Capped " + member.id(), "tier", "STANDARD", "lifecycleStage", "ONBOARDING");
		api.post("/api/v1/accounts", token, account).expect(201);

		staffUsers.update(member.id(), member.displayName(), Role.VIEWER, true);

		api.post("/api/v1/accounts", token, account).expectProblem(403);
		api.get("/api/v1/accounts?size=1", token).expect(200);
	}

	@Test
	void anAdminCannotMakeATokenThatOutranksTheMemberItActsFor() {
		StaffMember viewer = staff.member(Role.VIEWER);
		WebSession admin = WebSession.login(port, staff.member(Role.ADMIN).email(), StaffFixtures.PASSWORD);
		admin.get("/admin/tokens").expect(200);

		admin.post("/admin/tokens", "name", "too strong", "role", "ADMIN", "actsFor", String.valueOf(viewer.id()))
			.expectRedirect("/admin/tokens");

		assertThat(admin.get("/admin/tokens").expect(200).body()).contains("cannot be ADMIN").doesNotContain("token-secret");
		assertThat(apiTokens.all()).noneMatch(t -> t.name().equals("too strong"));
	}
}
