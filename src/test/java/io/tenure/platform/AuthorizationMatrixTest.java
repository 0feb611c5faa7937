package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import io.tenure.TenureTest;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.AccountTeams;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.PersonDetails;
import io.tenure.accounts.TeamRole;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint of the API against every kind of caller. Each case gets a fresh account owned by a
 * CSM, with a second CSM as engineer, a salesperson and one person; a refused write changes nothing.
 */
@TenureTest
class AuthorizationMatrixTest {

	enum Caller { NO_TOKEN, GARBAGE_TOKEN, REVOKED_TOKEN, ADMIN, MANAGER, CSM_OWNER, CSM_IN_TEAM, CSM_OUTSIDER, VIEWER }

	/**
	 * READ: any role; CREATE: CSM and up; EDIT: the account's team and managers; REASSIGN: managers (an owner changes);
	 * MANAGER: managers and admins; ADMIN: admins.
	 */
	enum Access { READ, CREATE, EDIT, REASSIGN, MANAGER, ADMIN }

	record Request(String method, String path, Object body) {
	}

	record Endpoint(String name, Access access, int success, Function<World, Request> request) {
		@Override
		public String toString() {
			return name;
		}
	}

	record World(long accountId, String externalId, long personId, String tag) {
	}

	static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
	static StaffMember admin, owner, engineer, seller, newcomer;

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTeams teams;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	HttpApi api;

	static Stream<Endpoint> endpoints() {
		return Stream.of(
				read("GET accounts", w -> "/api/v1/accounts?q=" + w.tag),
				read("GET accounts/{id}", w -> "/api/v1/accounts/" + w.accountId),
				read("GET accounts/by-external-id", w -> "/api/v1/accounts/by-external-id/" + w.externalId),
				read("GET accounts/{id}/state", w -> "/api/v1/accounts/" + w.accountId + "/state?asOf=" + LocalDate.now().plusDays(1)),
				read("GET accounts/{id}/history", w -> "/api/v1/accounts/" + w.accountId + "/history"),
				read("GET accounts/{id}/people", w -> "/api/v1/accounts/" + w.accountId + "/people"),
				read("GET accounts/{id}/team", w -> "/api/v1/accounts/" + w.accountId + "/team"),
				read("GET people", w -> "/api/v1/people?q=" + w.tag),
				read("GET people/{id}", w -> "/api/v1/people/" + w.personId),
				read("GET staff", w -> "/api/v1/staff"),
				read("GET staff/{id}", w -> "/api/v1/staff/" + owner.id()),
				read("GET accounts/{id}/signals", w -> "/api/v1/accounts/" + w.accountId + "/signals"),
				read("GET people/{id}/signals", w -> "/api/v1/people/" + w.personId + "/signals?asOf=2026-01-31"),
				read("GET indicators", w -> "/api/v1/indicators"),
				read("GET accounts/{id}/health", w -> "/api/v1/accounts/" + w.accountId + "/health"),
				read("GET accounts/{id}/health/history", w -> "/api/v1/accounts/" + w.accountId + "/health/history"),
				read("GET health/validation", w -> "/api/v1/health/validation"),
				read("GET scorecards", w -> "/api/v1/scorecards"),
				read("GET scorecards/default", w -> "/api/v1/scorecards/default?format=yaml"),
				read("GET segments", w -> "/api/v1/segments"),
				read("GET segments/fields", w -> "/api/v1/segments/fields?subject=PEOPLE"),
				new Endpoint("POST segments/preview", Access.CREATE, 200, w -> new Request("POST", "/api/v1/segments/preview",
						Map.of("subject", "ACCOUNTS", "conditions", List.of(Map.of("field", "industry", "operator", "is", "value", w.tag))))),
				new Endpoint("POST segments", Access.MANAGER, 201, w -> new Request("POST", "/api/v1/segments",
						Map.of("name", "Matrix " + w.tag, "subject", "ACCOUNTS", "conditions",
								List.of(Map.of("field", "industry", "operator", "is", "value", w.tag))))),
				new Endpoint("PUT segments/{unknown id}", Access.MANAGER, 404, w -> new Request("PUT", "/api/v1/segments/" + Long.MAX_VALUE,
						Map.of("name", "Matrix " + w.tag, "subject", "ACCOUNTS", "conditions",
								List.of(Map.of("field", "tier", "operator", "is", "value", "KEY"))))),
				new Endpoint("DELETE segments/{unknown id}", Access.MANAGER, 404,
						w -> new Request("DELETE", "/api/v1/segments/" + Long.MAX_VALUE, null)),
				new Endpoint("PUT indicators/{key}", Access.ADMIN, 200,
						w -> new Request("PUT", "/api/v1/indicators/password_resets", Map.of("enabled", true))),
				new Endpoint("POST accounts", Access.CREATE, 201, w -> new Request("POST", "/api/v1/accounts", account(w, null))),
				new Endpoint("POST people (no account)", Access.CREATE, 201, w -> new Request("POST", "/api/v1/people", person(w, null))),
				new Endpoint("PUT accounts/{id}", Access.EDIT, 200,
						w -> new Request("PUT", "/api/v1/accounts/" + w.accountId, account(w, owner.id()))),
				new Endpoint("POST people (at account)", Access.EDIT, 201,
						w -> new Request("POST", "/api/v1/people", person(w, w.accountId))),
				new Endpoint("PUT people/{id}", Access.EDIT, 200,
						w -> new Request("PUT", "/api/v1/people/" + w.personId, person(w, w.accountId))),
				new Endpoint("POST team (SALES)", Access.EDIT, 200, w -> new Request("POST", "/api/v1/accounts/" + w.accountId + "/team",
						Map.of("staffUserId", newcomer.id(), "role", "SALES"))),
				new Endpoint("DELETE team (SALES)", Access.EDIT, 200,
						w -> new Request("DELETE", "/api/v1/accounts/" + w.accountId + "/team/SALES/" + seller.id(), null)),
				new Endpoint("POST accounts (other owner)", Access.REASSIGN, 201,
						w -> new Request("POST", "/api/v1/accounts", account(w, newcomer.id()))),
				new Endpoint("PUT accounts/{id} (new owner)", Access.REASSIGN, 200,
						w -> new Request("PUT", "/api/v1/accounts/" + w.accountId, account(w, newcomer.id()))),
				new Endpoint("POST team (CSM)", Access.REASSIGN, 200, w -> new Request("POST", "/api/v1/accounts/" + w.accountId + "/team",
						Map.of("staffUserId", newcomer.id(), "role", "CSM"))),
				new Endpoint("DELETE team (CSM)", Access.REASSIGN, 200,
						w -> new Request("DELETE", "/api/v1/accounts/" + w.accountId + "/team/CSM/" + owner.id(), null)));
	}

	static Stream<Arguments> cases() {
		return endpoints().flatMap(endpoint -> Stream.of(Caller.values())
			.map(caller -> Arguments.of(endpoint, caller, expected(endpoint.access(), caller, endpoint.success()))));
	}

	static int expected(Access access, Caller caller, int success) {
		if (caller == Caller.NO_TOKEN || caller == Caller.GARBAGE_TOKEN || caller == Caller.REVOKED_TOKEN) {
			return 401;
		}
		boolean allowed = switch (access) {
			case READ -> true;
			case CREATE -> caller != Caller.VIEWER;
			case EDIT -> caller != Caller.VIEWER && caller != Caller.CSM_OUTSIDER;
			case REASSIGN, MANAGER -> caller == Caller.ADMIN || caller == Caller.MANAGER;
			case ADMIN -> caller == Caller.ADMIN;
		};
		return allowed ? success : 403;
	}

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		if (tokens.isEmpty()) {
			var staff = new StaffFixtures(staffUsers, apiTokens);
			admin = staff.member(Role.ADMIN);
			owner = staff.member(Role.CSM);
			engineer = staff.member(Role.CSM);
			seller = staff.member(Role.VIEWER);
			newcomer = staff.member(Role.CSM);
			tokens.put(Caller.GARBAGE_TOKEN, "tnr_" + UUID.randomUUID());
			tokens.put(Caller.REVOKED_TOKEN, revokedToken(staff));
			tokens.put(Caller.ADMIN, staff.token(admin));
			tokens.put(Caller.MANAGER, staff.token(Role.MANAGER));
			tokens.put(Caller.CSM_OWNER, staff.token(owner));
			tokens.put(Caller.CSM_IN_TEAM, staff.token(engineer));
			tokens.put(Caller.CSM_OUTSIDER, staff.token(Role.CSM));
			tokens.put(Caller.VIEWER, staff.token(Role.VIEWER));
		}
	}

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("cases")
	void answersEachCallerAsItsRoleAllows(Endpoint endpoint, Caller caller, int expected) {
		World world = world();
		String before = fingerprint(world);
		Request request = endpoint.request().apply(world);

		Reply reply = api.send(request.method(), request.path(), tokens.get(caller), request.body());

		if (expected >= 400) {
			reply.expectProblem(expected);
			assertThat(fingerprint(world)).as("a refused request changes nothing").isEqualTo(before);
		}
		else {
			reply.expect(expected);
		}
	}

	private World world() {
		String tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		var details = new AccountDetails("ext-" + tag, "Matrix " + tag, null, null, 10, null, "Growth", Tier.STANDARD,
				LifecycleStage.ADOPTION, owner.id(), null, null, null, Map.of());
		long accountId = accounts.create(details, admin.id()).id();
		teams.add(accountId, engineer.id(), TeamRole.ENGINEER, admin.id());
		teams.add(accountId, seller.id(), TeamRole.SALES, admin.id());
		long personId = people.create(new PersonDetails(accountId, "usr-" + tag, null, "Person " + tag, null, null, null, null, null)).id();
		return new World(accountId, "ext-" + tag, personId, tag);
	}

	/** What a refused write must leave as it was: the account, its team and history, the person, and what carries the tag. */
	private String fingerprint(World w) {
		return List.of(
				accounts.get(w.accountId).version(), teams.members(w.accountId), accounts.history(w.accountId).size(),
				people.get(w.personId).version(),
				db.sql("select count(*) from accounts where name like ?").param("%" + w.tag + "%").query(Long.class).single(),
				db.sql("select count(*) from people where name like ?").param("%" + w.tag + "%").query(Long.class).single())
			.toString();
	}

	private static Endpoint read(String name, Function<World, String> path) {
		return new Endpoint(name, Access.READ, 200, w -> new Request("GET", path.apply(w), null));
	}

	private static Map<String, Object> account(World w, Long ownerId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Matrix " + w.tag + (ownerId == null ? " new" : " changed"));
		body.put("tier", "STANDARD");
		body.put("lifecycleStage", "ADOPTION");
		body.put("ownerId", ownerId);
		body.put("plan", "Changed");
		return body;
	}

	private static Map<String, Object> person(World w, Long accountId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accountId", accountId);
		body.put("email", "p-" + UUID.randomUUID() + "@example.com");
		body.put("name", "Person " + w.tag + " changed");
		return body;
	}

	private String revokedToken(StaffFixtures staff) {
		String name = "revoked " + UUID.randomUUID();
		String secret = apiTokens.create(name, Role.ADMIN, staff.admin().id(), null);
		apiTokens.revoke(apiTokens.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id());
		return secret;
	}
}
