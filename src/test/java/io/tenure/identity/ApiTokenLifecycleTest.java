package io.tenure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenure.TenureTest;
import io.tenure.identity.tokens.ApiToken;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API tokens: created in Admin > API tokens, shown once, used, revoked; and the bootstrap token's idempotence. */
@TenureTest
class ApiTokenLifecycleTest {

	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">([^<]+)<");

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
	void aTokenCreatedInTheAdminPagesWorksUntilRevokedAndRecordsItsUse() {
		StaffMember admin = staff.member(Role.ADMIN);
		StaffMember viewer = staff.member(Role.VIEWER);
		WebSession session = WebSession.login(port, admin.email(), StaffFixtures.PASSWORD);
		String name = "CI " + UUID.randomUUID();

		session.post("/admin/tokens", "name", name, "role", "VIEWER", "actsFor", String.valueOf(viewer.id())).expectRedirect("/admin/tokens");
		Matcher shown = SECRET.matcher(session.get("/admin/tokens").expect(200).body());
		assertThat(shown.find()).as("the secret is shown once").isTrue();
		String secret = shown.group(1).trim();
		assertThat(session.get("/admin/tokens").body()).as("and only once").doesNotContain(secret);
		assertThat(token(name).lastUsedAt()).isNull();

		api.get("/api/v1/accounts", secret).expect(200);
		api.post("/api/v1/accounts", secret, java.util.Map.of("name", "x", "tier", "KEY", "lifecycleStage", "TRIAL")).expectProblem(403);
		assertThat(token(name).lastUsedAt()).isNotNull();
		assertThat(token(name).actsFor()).isEqualTo(viewer.displayName());

		session.post("/admin/tokens/" + token(name).id() + "/revoke").expectRedirect("/admin/tokens");

		assertThat(token(name).revoked()).isTrue();
		api.get("/api/v1/accounts", secret).expectProblem(401);
	}

	@Test
	void aTokenOfADeactivatedMemberOfStaffStopsWorking() {
		StaffMember leaver = staff.member(Role.MANAGER);
		String secret = staff.token(leaver);
		api.get("/api/v1/staff", secret).expect(200);

		staffUsers.update(leaver.id(), leaver.displayName(), leaver.role(), false);

		api.get("/api/v1/staff", secret).expectProblem(401);
	}

	@Test
	void aTokenCarriesItsOwnRoleNotTheRoleOfItsStaffMember() {
		StaffMember manager = staff.member(Role.MANAGER);
		String viewerToken = apiTokens.create("read-only for " + manager.email(), Role.VIEWER, manager.id(), null);

		api.post("/api/v1/accounts", viewerToken, java.util.Map.of("name", "x", "tier", "KEY", "lifecycleStage", "TRIAL")).expectProblem(403);
	}

	@Test
	void ensuringTheBootstrapTokenTwiceStoresItOnce() {
		String secret = "bootstrap-" + UUID.randomUUID();
		long admin = staff.admin().id();
		long before = apiTokens.all().size();

		assertThat(apiTokens.ensure("Bootstrap token (test)", Role.ADMIN, admin, secret)).isTrue();
		assertThat(apiTokens.ensure("Bootstrap token (test)", Role.ADMIN, admin, secret)).isFalse();

		assertThat(apiTokens.all()).hasSize((int) before + 1);
		api.get("/api/v1/staff", secret).expect(200);
		api.get("/api/v1/staff", secret + "x").expectProblem(401);
	}

	@Test
	void tokensAreStoredOnlyAsHashesAndShownByPrefix() {
		StaffMember member = staff.member(Role.CSM);
		String secret = staff.token(member);

		ApiToken stored = apiTokens.all().stream().filter(t -> t.name().equals("test token for " + member.email())).findFirst().orElseThrow();

		assertThat(secret).startsWith("tnr_").hasSizeGreaterThan(40);
		assertThat(secret).startsWith(stored.prefix());
		assertThat(stored.prefix()).hasSizeLessThan(12);
	}

	@Test
	void theAdminPagesRefuseAnEmptyName() {
		StaffMember admin = staff.member(Role.ADMIN);
		WebSession session = WebSession.login(port, admin.email(), StaffFixtures.PASSWORD);
		long before = apiTokens.all().size();

		session.post("/admin/tokens", "name", " ", "role", "VIEWER").expectRedirect("/admin/tokens");

		assertThat(session.get("/admin/tokens").body()).contains("name: must be 1 to 120 characters");
		assertThat(apiTokens.all()).hasSize((int) before);
	}

	private ApiToken token(String name) {
		return apiTokens.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}
}
