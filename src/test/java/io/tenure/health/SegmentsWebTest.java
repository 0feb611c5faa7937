package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The segment pages: the list with counts, the builder with its live count and row updates, members, and who may change them. */
@TenureTest
class SegmentsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	@Autowired
	HealthRuns runs;

	SegmentFixture fixture;
	WebSession manager;

	@BeforeEach
	void setUp() {
		fixture = new SegmentFixture(db, accounts, people);
		manager = login(new StaffFixtures(staffUsers, tokens).member(Role.MANAGER));
		SegmentFixture.awaitNoRecompute(runs);
	}

	@Test
	void aManagerBuildsASegmentWithALiveCountAndSeesItsMembers() {
		long key = fixture.account("Key", Tier.KEY, LifecycleStage.MATURE, null, null);
		fixture.account("Std", Tier.STANDARD, LifecycleStage.MATURE, null, null);
		fixture.health(key, 30.0, "RED", Map.of("login_trend", -40.0));

		String list = manager.get("/segments").expect(200).body();
		assertThat(list).contains("id=\"nav-segments\"").contains("Key accounts with falling logins").contains("id=\"new-segment\"");
		assertThat(manager.get("/segments/new").expect(200).body()).contains("id=\"segment-form\"").contains("name=\"field\"")
			.contains("Login trend");

		String row = manager.get("/segments/row?subject=ACCOUNTS&field=tier&operator=%3C%3D").expect(200).body();
		assertThat(row).contains("value=\"is\"").doesNotContain("value=\"&lt;=\"").contains("value=\"KEY\"");
		assertThat(manager.get("/segments/row?subject=PEOPLE&field=tickets_without_success&operator=empty").expect(200).body())
			.contains("type=\"hidden\" name=\"value\"");

		String preview = form(manager, "/segments/preview", "subject", "ACCOUNTS", "match", "ALL", "field", "industry", "operator", "is",
				"value", fixture.tag, "field", "tier", "operator", "is", "value", "KEY").expect(200).body();
		assertThat(preview).contains("id=\"preview-count\"").contains(">1 members now<").contains("/accounts/" + key);
		assertThat(manager.post("/segments/preview", "subject", "ACCOUNTS", "field", "tier", "operator", "<", "value", "KEY").expect(200).body())
			.contains("conditions[0].operator");

		String location = form(manager, "/segments", "name", "Web " + fixture.tag, "subject", "ACCOUNTS", "match", "ALL",
				"field", "industry", "operator", "is", "value", fixture.tag, "field", "login_trend", "operator", "<=", "value", "-30")
			.expect(302).location();
		assertThat(location).contains("/segments/");
		String members = manager.get(URI.create(location).getPath()).expect(200).body();
		assertThat(members).contains("Web " + fixture.tag).contains("/accounts/" + key).contains(">1 members now<").contains("id=\"edit-segment\"");
		long id = Long.parseLong(location.replaceAll(".*/segments/", ""));
		assertThat(manager.get("/segments").body()).contains("Web " + fixture.tag);
		assertThat(manager.get("/segments/" + id + "/edit").expect(200).body()).contains("value=\"Web " + fixture.tag + "\"")
			.contains("id=\"delete-segment\"");
		assertThat(manager.get("/segments/" + id + "?lang=ru").expect(200).body()).contains("Сейчас в сегменте: 1");

		manager.post("/segments/" + id + "/delete").expectRedirect("/segments");
		manager.get("/segments/" + id).expect(404);
	}

	@Test
	void aRefusedFormShowsWhatToFixByRowAndKeepsThePreviousDefinition() {
		String location = manager.post("/segments", "name", "Kept " + fixture.tag, "subject", "ACCOUNTS",
				"field", "industry", "operator", "is", "value", fixture.tag).expectRedirect("/segments/").location();
		long id = Long.parseLong(location.replaceAll(".*/segments/", ""));
		String before = stored(id);

		String page = form(manager, "/segments/" + id, "name", "", "subject", "ACCOUNTS", "field", "industry", "operator", "is", "value", "x",
				"field", "login_trend", "operator", "<=", "value", "a lot").expect(200).body();

		assertThat(page).contains("id=\"segment-problems\"").contains("conditions[1].value").contains("not a number")
			.contains("class=\"field-error\"").contains("value=\"a lot\"");
		assertThat(stored(id)).isEqualTo(before);
	}

	@Test
	void viewersAndCsmsReadButDoNotChangeSegments() {
		for (Role role : new Role[] { Role.VIEWER, Role.CSM }) {
			WebSession session = login(new StaffFixtures(staffUsers, tokens).member(role));
			assertThat(session.get("/segments").expect(200).body()).doesNotContain("id=\"new-segment\"");
			session.get("/segments/new").expect(403);
			session.post("/segments", "name", role + " " + fixture.tag, "subject", "ACCOUNTS", "field", "tier", "operator", "is",
				"value", "KEY").expect(403);
		}
		assertThat(db.sql("select count(*) from segments where name like ?").param("%" + fixture.tag).query(Long.class).single()).isZero();
	}

	/**
	 * Posts a form whose rows repeat the same names (field, operator, value), as the builder's rows do
	 * in a browser; the session's post takes each name once.
	 */
	private WebSession.Page form(WebSession session, String path, String... pairs) {
		StringBuilder body = new StringBuilder("_csrf=" + HttpApi.encode(session.csrf()));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&').append(HttpApi.encode(pairs[i])).append('=').append(HttpApi.encode(pairs[i + 1]));
		}
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID"))
			.header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
		try {
			HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
				.send(request, HttpResponse.BodyHandlers.ofString());
			return new WebSession.Page("POST " + path, response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private String stored(long id) {
		return db.sql("select name || ' ' || definition::text from segments where id = ?").param(id).query(String.class).single();
	}

	private WebSession login(StaffMember member) {
		return WebSession.login(port, member.email(), StaffFixtures.PASSWORD);
	}
}
