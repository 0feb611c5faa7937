package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import io.tenure.TenureTest;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.PersonDetails;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page and form of the web UI against every kind of visitor: not logged in (sent to the login
 * page), and logged in with each role. Each case gets a fresh account owned by a CSM.
 */
@TenureTest
class WebAuthorizationMatrixTest {

	enum Visitor { ANONYMOUS, ADMIN, MANAGER, CSM_OWNER, CSM_OUTSIDER, VIEWER }

	/** ANY: every role; CREATE: CSM and up; EDIT: the account's team and managers; MANAGER: managers and admins; ADMIN: admins only. */
	enum Access { ANY, CREATE, EDIT, MANAGER, ADMIN }

	record Action(String name, Access access, Function<World, String[]> request) {
		@Override
		public String toString() {
			return name;
		}
	}

	record World(long accountId, long personId, String tag) {
	}

	static final Map<Visitor, WebSession> sessions = new EnumMap<>(Visitor.class);
	static StaffMember owner;

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	static Stream<Action> actions() {
		return Stream.of(
				page("/accounts", Access.ANY, w -> "/accounts?q=" + w.tag),
				page("/accounts/{id}", Access.ANY, w -> "/accounts/" + w.accountId),
				page("/accounts/new", Access.CREATE, w -> "/accounts/new"),
				page("/accounts/{id}/edit", Access.EDIT, w -> "/accounts/" + w.accountId + "/edit"),
				page("/people", Access.ANY, w -> "/people"),
				page("/people/{id}", Access.ANY, w -> "/people/" + w.personId),
				page("/admin/staff", Access.ADMIN, w -> "/admin/staff"),
				page("/admin/staff/new", Access.ADMIN, w -> "/admin/staff/new"),
				page("/admin/tokens", Access.ADMIN, w -> "/admin/tokens"),
				page("/accounts/{id}/people/new", Access.EDIT, w -> "/accounts/" + w.accountId + "/people/new"),
				page("/people/{id}/edit", Access.EDIT, w -> "/people/" + w.personId + "/edit"),
				page("/accounts/{id}/timeline", Access.ANY, w -> "/accounts/" + w.accountId + "/timeline"),
				page("/people/{id}/timeline", Access.ANY, w -> "/people/" + w.personId + "/timeline"),
				page("/admin/write-keys", Access.ADMIN, w -> "/admin/write-keys"),
				page("/admin/events", Access.ADMIN, w -> "/admin/events"),
				page("/admin/import", Access.ADMIN, w -> "/admin/import"),
				page("/admin/indicators", Access.ADMIN, w -> "/admin/indicators"),
				page("/ (portfolio)", Access.ANY, w -> "/"),
				page("/?view=base", Access.ANY, w -> "/?view=base"),
				page("/accounts/{id}/health", Access.ANY, w -> "/accounts/" + w.accountId + "/health"),
				page("/health/validation", Access.ANY, w -> "/health/validation"),
				page("/admin/scorecards", Access.ADMIN, w -> "/admin/scorecards"),
				page("/admin/scorecards/new", Access.ADMIN, w -> "/admin/scorecards/new"),
				page("/admin/scorecards/default/export", Access.ADMIN, w -> "/admin/scorecards/default/export"),
				page("/accounts/{id}/signals", Access.ANY, w -> "/accounts/" + w.accountId + "/signals"),
				page("/people/{id}/signals", Access.ANY, w -> "/people/" + w.personId + "/signals"),
				page("/segments", Access.ANY, w -> "/segments"),
				page("/segments/new", Access.MANAGER, w -> "/segments/new"),
				page("/segments/row", Access.ANY, w -> "/segments/row?subject=PEOPLE&field=role"),
				form("preview (POST /segments/preview)", Access.ANY, w -> new String[] { "/segments/preview", "subject", "ACCOUNTS", "field", "industry",
						"operator", "is", "value", w.tag }),
				form("POST /segments", Access.MANAGER, w -> new String[] { "/segments", "name", "Web " + w.tag, "subject", "ACCOUNTS",
						"field", "industry", "operator", "is", "value", w.tag }),
				form("POST /admin/indicators/{key}", Access.ADMIN, w -> new String[] { "/admin/indicators/silent_account", "enabled",
						"true" }),
				form("POST /accounts/{id}/team", Access.EDIT, w -> new String[] { "/accounts/" + w.accountId + "/team", "staffUserId",
						String.valueOf(owner.id()), "role", "SALES" }),
				form("POST /accounts/{id}/people", Access.EDIT, w -> new String[] { "/accounts/" + w.accountId + "/people", "name",
						"Added " + w.tag, "externalId", "add-" + w.tag, "role", "USER" }),
				form("POST /people/{id}", Access.EDIT, w -> new String[] { "/people/" + w.personId, "name", "Person " + w.tag + " changed",
						"externalId", "usr-" + w.tag, "role", "CHAMPION", "version", "0" }),
				form("POST /admin/write-keys", Access.ADMIN, w -> new String[] { "/admin/write-keys", "name", "Web " + w.tag }),
				form("POST /admin/events", Access.ADMIN, w -> new String[] { "/admin/events", "name", "Event " + w.tag, "category",
						"LOGIN" }),
				form("POST /accounts", Access.CREATE, w -> new String[] { "/accounts", "name", "Web " + w.tag + " new", "tier", "KEY",
						"lifecycleStage", "TRIAL" }),
				form("POST /accounts/{id}", Access.EDIT, w -> new String[] { "/accounts/" + w.accountId, "name", "Web " + w.tag + " changed",
						"tier", "KEY", "lifecycleStage", "ADOPTION", "ownerId", String.valueOf(owner.id()), "version", "0" }),
				form("POST /admin/staff", Access.ADMIN, w -> new String[] { "/admin/staff", "email", w.tag + "@tenure.test",
						"displayName", "Web " + w.tag, "role", "VIEWER", "password", "long-enough-password" }),
				form("POST /admin/tokens", Access.ADMIN, w -> new String[] { "/admin/tokens", "name", "Web " + w.tag, "role", "VIEWER" }));
	}

	static Stream<Arguments> cases() {
		return actions().flatMap(action -> Stream.of(Visitor.values()).map(visitor -> Arguments.of(action, visitor, expected(action, visitor))));
	}

	/** 200 for a page, 302 for a saved form, 403 when refused, "login" when sent to the login page. */
	static String expected(Action action, Visitor visitor) {
		if (visitor == Visitor.ANONYMOUS) {
			return "login";
		}
		boolean allowed = switch (action.access()) {
			case ANY -> true;
			case CREATE -> visitor != Visitor.VIEWER;
			case EDIT -> visitor != Visitor.VIEWER && visitor != Visitor.CSM_OUTSIDER;
			case MANAGER -> visitor == Visitor.ADMIN || visitor == Visitor.MANAGER;
			case ADMIN -> visitor == Visitor.ADMIN;
		};
		return !allowed ? "403" : action.name().startsWith("POST") ? "302" : "200";
	}

	@BeforeEach
	void setUp() {
		if (sessions.isEmpty()) {
			var staff = new StaffFixtures(staffUsers, apiTokens);
			owner = staff.member(Role.CSM);
			sessions.put(Visitor.ADMIN, login(staff.member(Role.ADMIN)));
			sessions.put(Visitor.MANAGER, login(staff.member(Role.MANAGER)));
			sessions.put(Visitor.CSM_OWNER, login(owner));
			sessions.put(Visitor.CSM_OUTSIDER, login(staff.member(Role.CSM)));
			sessions.put(Visitor.VIEWER, login(staff.member(Role.VIEWER)));
		}
	}

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("cases")
	void answersEachVisitorAsTheirRoleAllows(Action action, Visitor visitor, String expected) {
		World world = world();
		String before = fingerprint(world);
		WebSession session = visitor == Visitor.ANONYMOUS ? WebSession.anonymous(port) : sessions.get(visitor);
		String[] request = action.request().apply(world);

		Page page = request.length == 1 ? session.get(request[0])
				: session.post(request[0], java.util.Arrays.copyOfRange(request, 1, request.length));

		switch (expected) {
			case "login" -> page.expectRedirect("/login");
			case "302" -> assertThat(page.expect(302).location()).doesNotContain("/login").doesNotContain("error");
			default -> page.expect(Integer.parseInt(expected));
		}
		if (!expected.equals("302")) {
			assertThat(fingerprint(world)).as("a refused or read-only request changes nothing").isEqualTo(before);
		}
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		World world = world();

		sessions.get(Visitor.ADMIN).postForm("/accounts/" + world.accountId, Map.of("name", "No CSRF " + world.tag, "tier", "KEY",
				"lifecycleStage", "ADOPTION")).expect(403);

		assertThat(accounts.get(world.accountId).name()).isEqualTo("Web " + world.tag);
	}

	@Test
	void anUnknownPageIsAnHtmlNotFoundPageNotAProblem() {
		Page page = sessions.get(Visitor.VIEWER).get("/no-such-page-" + UUID.randomUUID()).expect(404);

		assertThat(page.contentType()).startsWith("text/html");
		sessions.get(Visitor.VIEWER).get("/accounts/" + (Long.MAX_VALUE - 2)).expect(404);
	}

	private WebSession login(StaffMember member) {
		return WebSession.login(port, member.email(), StaffFixtures.PASSWORD);
	}

	private World world() {
		String tag = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		var details = new AccountDetails("ext-" + tag, "Web " + tag, null, null, null, null, null, Tier.STANDARD, LifecycleStage.ADOPTION,
				owner.id(), null, null, null, Map.of());
		long accountId = accounts.create(details, owner.id()).id();
		long personId = people.create(new PersonDetails(accountId, "usr-" + tag, null, "Person " + tag, null, null, null, null, null)).id();
		return new World(accountId, personId, tag);
	}

	private String fingerprint(World w) {
		return List.of(accounts.get(w.accountId).version(), people.get(w.personId).version(),
				db.sql("select count(*) from people where external_id like ?").param("%" + w.tag).query(Long.class).single(),
				db.sql("select count(*) from account_team_members where account_id = ?").param(w.accountId).query(Long.class).single(),
				db.sql("select count(*) from write_keys where name like ?").param("%" + w.tag).query(Long.class).single(),
				db.sql("select count(*) from event_names where name like ?").param("%" + w.tag).query(Long.class).single(),
				db.sql("select count(*) from accounts where name like ?").param("%" + w.tag + "%").query(Long.class).single(),
				db.sql("select count(*) from staff_users where email like ?").param(w.tag + "%").query(Long.class).single(),
				db.sql("select count(*) from api_tokens where name like ?").param("%" + w.tag).query(Long.class).single())
			.toString();
	}

	private static Action page(String name, Access access, Function<World, String> path) {
		return new Action("GET " + name, access, w -> new String[] { path.apply(w) });
	}

	private static Action form(String name, Access access, Function<World, String[]> request) {
		return new Action(name, access, request);
	}
}
