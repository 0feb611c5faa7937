package io.tenure.accounts;

import static io.tenure.accounts.AccountJson.account;
import static io.tenure.accounts.AccountJson.edited;
import static io.tenure.accounts.AccountJson.unique;
import static io.tenure.accounts.AccountJson.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import io.tenure.platform.HttpApi.Reply;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TenureTest
class AccountsApiTest {

	private static final String ACCOUNTS = "/api/v1/accounts";

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	HttpApi api;
	StaffFixtures staff;
	StaffMember manager;
	String token;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		staff = new StaffFixtures(staffUsers, apiTokens);
		manager = staff.member(Role.MANAGER);
		token = staff.token(manager);
	}

	@Test
	void createsAnAccountWithLocationETagAndTheStoredBody() {
		var body = with(account("Create " + unique()), "domain", "Example-" + unique() + ".COM", "country", "fr");

		Reply created = api.post(ACCOUNTS, token, body).expect(201);

		JsonNode json = created.json();
		long id = json.path("id").asLong();
		assertThat(created.header("Location")).endsWith(ACCOUNTS + "/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(json.path("name").asText()).isEqualTo(body.get("name"));
		assertThat(json.path("externalId").asText()).isEqualTo(body.get("externalId"));
		assertThat(json.path("domain").asText()).isEqualTo(((String) body.get("domain")).toLowerCase());
		assertThat(json.path("country").asText()).isEqualTo("FR");
		assertThat(json.path("traits").path("segment").asText()).isEqualTo("fintech");
		assertThat(json.path("customerSince").asText()).isEqualTo("2024-03-01");
		assertThat(json.path("version").asInt()).isZero();

		Reply fetched = api.get(ACCOUNTS + "/" + id, token).expect(200);
		assertThat(fetched.json()).isEqualTo(json);
		assertThat(fetched.header("ETag")).isEqualTo("\"0\"");
		assertThat(api.get(ACCOUNTS + "/by-external-id/" + body.get("externalId"), token).expect(200).id()).isEqualTo(id);
	}

	@Test
	void listsWithEveryFilter() {
		var set = new ThreeAccounts();

		assertThat(names("?q=" + set.tag)).containsExactlyInAnyOrder("Alpha", "Beta", "Gamma");
		assertThat(names("?q=" + set.tag.toUpperCase())).as("q ignores case").hasSize(3);
		assertThat(names("?q=d" + set.tag)).as("q on the domain").containsExactly("Gamma");
		assertThat(names("?q=x" + set.tag + "-beta")).as("q on the external id").containsExactly("Beta");
		assertThat(names("?q=" + set.tag + "&tier=KEY")).containsExactly("Alpha");
		assertThat(names("?q=" + set.tag + "&stage=TRIAL")).containsExactly("Beta");
		assertThat(names("?ownerId=" + set.owner.id())).containsExactlyInAnyOrder("Alpha", "Gamma");
		assertThat(names("?q=" + set.tag + "&ownerId=0")).as("ownerId=0 is unassigned").containsExactly("Beta");
		assertThat(names("?industry=Ind-" + set.tag)).containsExactlyInAnyOrder("Alpha", "Beta");
		assertThat(names("?q=" + set.tag + "&country=DE")).containsExactlyInAnyOrder("Alpha", "Gamma");
		assertThat(names("?q=" + set.tag + "&country=DE&tier=LARGE")).containsExactly("Gamma");
		assertThat(names("?q=no-such-account-" + unique())).isEmpty();
	}

	@Test
	void sortsByNameEmployeesAndTier() {
		String tag = new ThreeAccounts().tag;

		assertThat(names("?q=" + tag + "&sort=name")).containsExactly("Alpha", "Beta", "Gamma");
		assertThat(names("?q=" + tag + "&sort=-name")).containsExactly("Gamma", "Beta", "Alpha");
		assertThat(names("?q=" + tag + "&sort=-employees")).containsExactly("Gamma", "Alpha", "Beta");
		assertThat(names("?q=" + tag + "&sort=employees")).containsExactly("Beta", "Alpha", "Gamma");
		assertThat(names("?q=" + tag + "&sort=tier")).as("STANDARD < LARGE < KEY").containsExactly("Beta", "Gamma", "Alpha");
	}

	@Test
	void pagesThroughTheList() {
		String tag = new ThreeAccounts().tag;

		JsonNode first = api.get(ACCOUNTS + "?q=" + tag + "&sort=name&size=2&page=0", token).expect(200).json();
		assertThat(first.path("total").asLong()).isEqualTo(3);
		assertThat(first.path("size").asInt()).isEqualTo(2);
		assertThat(first.path("page").asInt()).isZero();
		assertThat(namesOf(first)).containsExactly("Alpha", "Beta");
		assertThat(names("?q=" + tag + "&sort=name&size=2&page=1")).containsExactly("Gamma");
		JsonNode beyond = api.get(ACCOUNTS + "?q=" + tag + "&sort=name&size=2&page=5", token).expect(200).json();
		assertThat(beyond.path("items")).isEmpty();
		assertThat(beyond.path("total").asLong()).isEqualTo(3);
	}

	@Test
	void updatesWithAndWithoutIfMatchAndRefusesAStaleVersion() {
		JsonNode created = api.post(ACCOUNTS, token, account("Update " + unique())).expect(201).json();
		String path = ACCOUNTS + "/" + created.path("id").asLong();

		Reply blind = api.put(path, token, edited(created, "plan", "Scale")).expect(200);
		assertThat(blind.json().path("plan").asText()).isEqualTo("Scale");
		assertThat(blind.header("ETag")).isEqualTo("\"1\"");

		Reply matched = api.put(path, token, edited(blind.json(), "plan", "Enterprise"), "If-Match", blind.header("ETag")).expect(200);
		assertThat(matched.json().path("version").asInt()).isEqualTo(2);
		api.put(path, token, edited(matched.json(), "employees", 999), "If-Match", "W/\"2\"").expect(200);

		List<String> fields = api.put(path, token, edited(matched.json(), "plan", "Lost update"), "If-Match", "\"1\"").expectProblem(409);
		assertThat(fields).containsExactly("version");
		JsonNode stored = api.get(path, token).expect(200).json();
		assertThat(stored.path("plan").asText()).isEqualTo("Enterprise");
		assertThat(stored.path("employees").asInt()).isEqualTo(999);
		assertThat(stored.path("version").asInt()).isEqualTo(3);
	}

	@Test
	void keepsTheHistoryOfTierAndOwner() {
		StaffMember csm = staff.member(Role.CSM);
		JsonNode created = api.post(ACCOUNTS, token, account("History " + unique())).expect(201).json();
		String path = ACCOUNTS + "/" + created.path("id").asLong();
		JsonNode larger = api.put(path, token, edited(created, "tier", "LARGE")).expect(200).json();
		api.put(path, token, edited(larger, "ownerId", csm.id())).expect(200);
		api.put(path, token, edited(larger, "ownerId", csm.id(), "plan", "Not a tracked field")).expect(200);

		JsonNode history = api.get(path + "/history", token).expect(200).json();

		assertThat(history).hasSize(3);
		assertThat(history.get(0).path("tier").asText()).isEqualTo("LARGE");
		assertThat(history.get(0).path("ownerId").asLong()).isEqualTo(csm.id());
		assertThat(history.get(0).path("ownerName").asText()).isEqualTo(csm.displayName());
		assertThat(history.get(0).path("validTo").isNull()).as("the newest period is open").isTrue();
		assertThat(history.get(1).path("tier").asText()).isEqualTo("LARGE");
		assertThat(history.get(1).path("ownerId").isNull()).isTrue();
		assertThat(history.get(2).path("tier").asText()).isEqualTo("STANDARD");
		assertThat(history.get(2).path("changedByName").asText()).isEqualTo(manager.displayName());
		for (int i = 0; i < 2; i++) {
			assertThat(history.get(i + 1).path("validTo").asText()).as("periods meet").isEqualTo(history.get(i).path("validFrom").asText());
		}
	}

	@Test
	void answersTheStateAsOfADateBeforeAndAfterAChange() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		var details = new AccountDetails("grp-" + unique(), "As of " + unique(), null, null, null, null, null, Tier.STANDARD,
				LifecycleStage.ONBOARDING, null, null, null, null, Map.of());
		long id = accounts.create(details, manager.id(), clock.instant().minus(Duration.ofDays(10))).id();
		String path = ACCOUNTS + "/" + id;
		JsonNode current = api.get(path, token).expect(200).json();
		api.put(path, token, edited(current, "tier", "KEY", "lifecycleStage", "ADOPTION", "ownerId", manager.id())).expect(200);

		JsonNode before = api.get(path + "/state?asOf=" + today.minusDays(1), token).expect(200).json();
		JsonNode now = api.get(path + "/state?asOf=" + today, token).expect(200).json();

		assertThat(before.path("tier").asText()).isEqualTo("STANDARD");
		assertThat(before.path("lifecycleStage").asText()).isEqualTo("ONBOARDING");
		assertThat(before.path("ownerId").isNull()).isTrue();
		assertThat(now.path("tier").asText()).isEqualTo("KEY");
		assertThat(now.path("lifecycleStage").asText()).isEqualTo("ADOPTION");
		assertThat(now.path("ownerId").asLong()).isEqualTo(manager.id());
		String instantBefore = HttpApi.encode(clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC).toString());
		assertThat(api.get(path + "/state?asOf=" + instantBefore, token).expect(200).json().path("tier").asText()).isEqualTo("STANDARD");
		api.get(path + "/state?asOf=" + today.minusDays(11), token).expectProblem(404);
	}

	@Test
	void unknownAccountsAre404Problems() {
		long missing = Long.MAX_VALUE - 7;
		api.get(ACCOUNTS + "/" + missing, token).expectProblem(404);
		api.get(ACCOUNTS + "/" + missing + "/history", token).expectProblem(404);
		api.get(ACCOUNTS + "/" + missing + "/state?asOf=2025-01-01", token).expectProblem(404);
		api.put(ACCOUNTS + "/" + missing, token, account("Nobody " + unique())).expectProblem(404);
		api.get(ACCOUNTS + "/by-external-id/missing-" + unique(), token).expectProblem(404);
	}

	private List<String> names(String query) {
		return namesOf(api.get(ACCOUNTS + query, token).expect(200).json());
	}

	/** Names without the unique tag, in the order of the answer. */
	private static List<String> namesOf(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(item -> names.add(item.path("name").asText().replaceFirst("^n\\w+ ", "")));
		return names;
	}

	/** Alpha (KEY, owned), Beta (STANDARD, TRIAL, unowned), Gamma (LARGE, owned): names "n<tag> Alpha" and so on. */
	private final class ThreeAccounts {

		final String tag = unique();
		final StaffMember owner = staff.member(Role.CSM);

		ThreeAccounts() {
			create("Alpha", "tier", "KEY", "industry", "Ind-" + tag, "employees", 500, "ownerId", owner.id());
			create("Beta", "tier", "STANDARD", "lifecycleStage", "TRIAL", "industry", "Ind-" + tag, "country", "FR", "employees", 20,
					"externalId", "x" + tag + "-beta");
			create("Gamma", "tier", "LARGE", "lifecycleStage", "MATURE", "industry", "Other-" + tag, "employees", 5000,
					"domain", "d" + tag + "-gamma.example.com", "ownerId", owner.id());
		}

		private void create(String name, Object... fields) {
			api.post(ACCOUNTS, token, with(account("n" + tag + " " + name), fields)).expect(201);
		}
	}
}
