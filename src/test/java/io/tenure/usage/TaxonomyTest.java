package io.tenure.usage;

import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.ingest.Tracking;
import io.tenure.ingest.WriteKeys;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A remap of an event name applies to past events; a new feature property re-keys the rollups. */
@TenureTest
class TaxonomyTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	HttpApi api;
	String token;
	Tracking tracking;
	String u;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
		token = new StaffFixtures(staffUsers, apiTokens).token(Role.VIEWER);
		u = Tracking.unique();
		tracking = new Tracking(port, writeKeys.create("taxonomy " + u, null), db);
	}

	@Test
	void defaultCategoriesComeFromTheTaxonomyAndUnknownNamesAreOther() {
		String account = "tax-default-" + u;
		String custom = "Tax Custom " + u;
		tracking.batch(List.of(track("tax-user-" + u, "Password Reset Requested", account), track("tax-user-" + u, custom, account)))
			.expect(200);
		long accountId = tracking.accountId(account);

		assertThat(names(search("accountId=" + accountId + "&category=PASSWORD_RESET"))).containsExactly("Password Reset Requested");
		assertThat(names(search("accountId=" + accountId + "&category=OTHER"))).containsExactly(custom);
		assertThat(taxonomy.names()).filteredOn(n -> n.name().equals(custom)).singleElement().satisfies(n -> {
			assertThat(n.category()).isEqualTo(EventCategory.OTHER);
			assertThat(n.events()).isEqualTo(1);
			assertThat(n.lastSeenAt()).isNotNull();
		});
	}

	@Test
	void aRemapAppliesToPastEvents() {
		String account = "tax-remap-" + u;
		String name = "Help Article Opened " + u;
		tracking.batch(List.of(with(track("tax-r-" + u, name, account), "timestamp", "2025-01-10T10:00:00Z"),
				with(track("tax-r-" + u, name, account), "timestamp", "2025-01-11T10:00:00Z"))).expect(200);
		long accountId = tracking.accountId(account);
		assertThat(search("accountId=" + accountId + "&category=KB_VIEW").path("total").asLong()).isZero();

		taxonomy.map(name, EventCategory.KB_VIEW, true, null);

		JsonNode remapped = search("accountId=" + accountId + "&category=KB_VIEW");
		assertThat(names(remapped)).containsExactly(name, name);
		assertThat(remapped.path("items").get(0).path("category").asText()).isEqualTo("KB_VIEW");
		assertThat(remapped.path("items").get(0).path("keyEvent").asBoolean()).isTrue();
		assertThat(search("accountId=" + accountId + "&category=OTHER").path("total").asLong()).isZero();
		assertThat(search("category=KB_VIEW&event=" + HttpApi.encode(name)).path("total").asLong()).isEqualTo(2);
	}

	@Test
	void aNewFeaturePropertyReKeysTheRollupsOfPastEvents() {
		String account = "tax-feature-" + u;
		String name = "Widget Used " + u;
		tracking.batch(List.of(with(track("tax-f-" + u, name, account), "properties", Map.of("widget", "chart")),
				with(track("tax-f-" + u, name, account), "properties", Map.of("widget", "chart")),
				with(track("tax-f-" + u, name, account), "properties", Map.of("widget", "table")),
				with(track("tax-f-" + u, "Feature Used", account), "properties", Map.of("feature", "export", "widget", "x")))).expect(200);
		long accountId = tracking.accountId(account);
		assertThat(features(accountId, name)).containsExactly(Map.entry("", 3L));

		taxonomy.map(name, EventCategory.FEATURE_USED, false, "widget");

		assertThat(features(accountId, name)).containsOnly(Map.entry("chart", 2L), Map.entry("table", 1L));
		assertThat(features(accountId, "Feature Used")).as("other names' counts are left as they were").containsOnly(Map.entry("export", 1L));
		assertThat(db.sql("select sum(events) from person_daily_events where person_id = ? and name = ? and feature = 'chart'")
			.params(tracking.personId("tax-f-" + u), name).query(Long.class).single()).as("the person's counts re-keyed too").isEqualTo(2L);
		assertThat(names(search("accountId=" + accountId + "&category=FEATURE_USED"))).filteredOn(name::equals).hasSize(3);

		tracking.send("track", with(track("tax-f-" + u, name, account), "properties", Map.of("widget", "map"))).expect(200);
		assertThat(features(accountId, name)).as("new events are keyed by the feature as they arrive")
			.containsOnly(Map.entry("chart", 2L), Map.entry("table", 1L), Map.entry("map", 1L));
	}

	private Map<String, Long> features(long accountId, String name) {
		Map<String, Long> features = new java.util.TreeMap<>();
		db.sql("select feature, sum(events) from account_daily_events where account_id = ? and name = ? group by feature")
			.params(accountId, name).query((rs, n) -> features.put(rs.getString(1), rs.getLong(2))).list();
		return features;
	}

	private JsonNode search(String query) {
		return api.get("/api/v1/events?" + query, token).expect(200).json();
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(item -> names.add(item.path("name").asText()));
		return names;
	}
}
