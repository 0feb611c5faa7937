package io.tenure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import io.tenure.platform.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admin > Staff through the web UI, as an admin uses it. */
@TenureTest
class StaffAdminWebTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	JdbcClient db;

	StaffFixtures staff;
	StaffMember admin;
	WebSession session;

	@BeforeEach
	void setUp() {
		staff = new StaffFixtures(staffUsers, apiTokens);
		admin = staff.member(Role.ADMIN);
		session = WebSession.login(port, admin.email(), StaffFixtures.PASSWORD);
	}

	@Test
	void createsAMemberOfStaffWhoCanThenLogIn() {
		String email = unique() + "@tenure.test";

		session.post("/admin/staff", "email", email, "displayName", "New Colleague", "role", "CSM", "password", "long-enough-pw")
			.expectRedirect("/admin/staff");

		assertThat(staffUsers.findByEmail(email)).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.CSM));
		assertThat(session.get("/admin/staff").expect(200).body()).contains(email);
		WebSession.login(port, email.toUpperCase(), "long-enough-pw");
	}

	@Test
	void aMemberAddedWithoutAPasswordLogsInOnlyOnceAnAdminSetsOne() {
		String email = unique() + "@tenure.test";
		StaffMember imported = staffUsers.createWithoutPassword(email, "Imported Colleague", Role.CSM);

		assertThat(WebSession.anonymous(port).tryLogin(email, "").location()).contains("/login?error");
		assertThat(WebSession.anonymous(port).tryLogin(email, "any-guess-at-all").location()).contains("/login?error");

		session.get("/admin/staff/" + imported.id()).expect(200);
		session.post("/admin/staff/" + imported.id() + "/password", "password", "chosen-by-admin-1")
			.expectRedirect("/admin/staff/" + imported.id());
		WebSession.login(port, email, "chosen-by-admin-1");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAnErrorNotAFailure() {
		String email = unique() + "@tenure.test";
		String cyrillic = "пароль-очень-длинный-пароль-очень-длинный";

		Page page = session.post("/admin/staff", "email", email, "displayName", "Long Password", "role", "CSM", "password", cyrillic)
			.expect(200);

		assertThat(page.body()).contains("72 bytes");
		assertThat(staffUsers.findByEmail(email)).isEmpty();
		assertThat(WebSession.anonymous(port).tryLogin(admin.email(), "x".repeat(100)).location()).contains("/login?error");
	}

	@Test
	void aShortPasswordIsAnErrorBesideThePassword() {
		String email = unique() + "@tenure.test";

		Page page = session.post("/admin/staff", "email", email, "displayName", "Shorty", "role", "CSM", "password", "short").expect(200);

		assertThat(page.body()).contains("id=\"password-error\"");
		assertThat(staffUsers.findByEmail(email)).isEmpty();
	}

	@Test
	void aDuplicateEmailIsAnErrorBesideTheEmail() {
		StaffMember existing = staff.member(Role.VIEWER);

		Page page = session.post("/admin/staff", "email", existing.email().toUpperCase(), "displayName", "Twin", "role", "CSM",
				"password", "long-enough-pw").expect(200);

		assertThat(page.body()).contains("id=\"email-error\"").contains("already exists");
		assertThat(db.sql("select count(*) from staff_users where lower(email) = lower(?)").param(existing.email()).query(Long.class).single())
			.isOne();
	}

	@Test
	void anInvalidEmailOrNoNameIsAFormError() {
		Page page = session.post("/admin/staff", "email", "not-an-email", "displayName", "", "role", "CSM", "password", "long-enough-pw")
			.expect(200);

		assertThat(page.body()).contains("id=\"email-error\"");
		assertThat(staffUsers.findByEmail("not-an-email")).isEmpty();
	}

	@Test
	void aDeactivatedMemberOfStaffCannotLogIn() {
		StaffMember leaver = staff.member(Role.CSM);
		WebSession.login(port, leaver.email(), StaffFixtures.PASSWORD);

		session.post("/admin/staff/" + leaver.id(), "displayName", leaver.displayName(), "role", "CSM", "_active", "on").expectRedirect("/admin/staff");

		assertThat(staffUsers.get(leaver.id()).active()).isFalse();
		assertThat(WebSession.anonymous(port).tryLogin(leaver.email(), StaffFixtures.PASSWORD).location()).contains("/login?error");
	}

	@Test
	void aWrongPasswordDoesNotLogIn() {
		assertThat(WebSession.anonymous(port).tryLogin(admin.email(), "wrong-password-1").location()).contains("/login?error");
	}

	@Test
	void theLastActiveAdminCannotBeDemoted() {
		List<Long> others = db.sql("update staff_users set active = false where role = 'ADMIN' and active and id <> ? returning id")
			.param(admin.id()).query(Long.class).list();
		try {
			Page page = session.post("/admin/staff/" + admin.id(), "displayName", admin.displayName(), "role", "MANAGER", "active", "true")
				.expect(200);

			assertThat(page.body()).contains("last active admin");
			assertThat(staffUsers.get(admin.id()).role()).isEqualTo(Role.ADMIN);
		}
		finally {
			others.forEach(id -> db.sql("update staff_users set active = true where id = ?").param(id).update());
		}
		session.post("/admin/staff/" + admin.id(), "displayName", admin.displayName(), "role", "MANAGER", "active", "true")
			.expectRedirect("/admin/staff");
		assertThat(staffUsers.get(admin.id()).role()).as("with other admins it may be demoted").isEqualTo(Role.MANAGER);
	}

	private static String unique() {
		return "staff-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
