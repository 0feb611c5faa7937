package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the platform serves around the features: API errors, the OpenAPI document, health, and the UI's languages. */
@TenureTest
class PlatformEndpointsTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	HttpApi api;

	@BeforeEach
	void setUp() {
		api = new HttpApi(port);
	}

	@Test
	void aMissingOrUnknownTokenIsA401ProblemThatSaysWhy() {
		Reply missing = api.get("/api/v1/accounts", null);
		missing.expectProblem(401);
		assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(missing.json().path("detail").asText()).contains("Authorization: Bearer");

		Reply unknown = api.get("/api/v1/accounts", "tnr_not-a-token");
		unknown.expectProblem(401);
		assertThat(unknown.json().path("detail").asText()).contains("unknown or revoked");
		api.send("GET", "/api/v1/accounts", null, null, "Authorization", "Basic YWRtaW46eA==").expectProblem(401);
		api.send("GET", "/api/v1/accounts", null, null, "Authorization", "Bearer ").expectProblem(401);
	}

	@Test
	void aRoleThatMayNotWriteGetsA403ProblemNamingTheRequest() {
		String viewer = new StaffFixtures(staffUsers, apiTokens).token(Role.VIEWER);

		Reply denied = api.post("/api/v1/accounts", viewer, java.util.Map.of("name", "x", "tier", "KEY", "lifecycleStage", "TRIAL"));

		denied.expectProblem(403);
		assertThat(denied.json().path("detail").asText()).contains("POST /api/v1/accounts");
	}

	@Test
	void theApiDoesNotOfferALoginPageOrASession() {
		Reply reply = api.get("/api/v1/accounts", null);

		assertThat(reply.header("Location")).isNull();
		assertThat(reply.header("Set-Cookie")).isNull();
	}

	@Test
	void servesTheOpenApiDocumentOfTheApi() {
		Reply docs = api.get("/v3/api-docs", null).expect(200);

		assertThat(docs.json().path("paths").has("/api/v1/accounts")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/accounts/{id}/state")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/people")).isTrue();
		assertThat(docs.json().path("paths").has("/v1/batch")).as("the tracking API").isTrue();
		assertThat(docs.json().path("paths").fieldNames()).toIterable()
			.as("only the JSON and tracking APIs, no web pages").allMatch(path -> path.startsWith("/api/") || path.startsWith("/v1/"));
		assertThat(docs.json().path("components").path("securitySchemes").has("apiToken")).isTrue();
	}

	@Test
	void healthIsUpWithoutLogin() {
		Reply health = api.get("/actuator/health", null).expect(200);

		assertThat(health.json().path("status").asText()).isEqualTo("UP");
		assertThat(health.json().has("components")).as("no details for anonymous callers").isFalse();
	}

	@Test
	void theLoginPageSpeaksTheBrowsersLanguage() {
		WebSession session = WebSession.anonymous(port);

		assertThat(session.get("/login", "Accept-Language", "ru-RU,ru;q=0.9").expect(200).body()).contains("Вход").contains("lang=\"ru\"");
		assertThat(session.get("/login", "Accept-Language", "en-GB").expect(200).body()).contains("Log in").doesNotContain("Вход");
		assertThat(session.get("/login", "Accept-Language", "de-DE").expect(200).body()).as("English otherwise").contains("Log in");
	}

	@Test
	void langRuSetsACookieThatSticks() {
		WebSession session = WebSession.anonymous(port);

		assertThat(session.get("/login?lang=ru", "Accept-Language", "en").expect(200).body()).contains("Вход");

		assertThat(session.cookie("TENURE_LANG")).isEqualTo("ru");
		assertThat(session.get("/login", "Accept-Language", "en").expect(200).body()).contains("Вход");
		assertThat(session.get("/login?lang=en").expect(200).body()).doesNotContain("Вход");
		assertThat(session.get("/login", "Accept-Language", "ru").expect(200).body()).as("the cookie wins").doesNotContain("Вход");
		assertThat(session.get("/login?lang=xx-!!").expect(200).body()).as("an invalid language is ignored").doesNotContain("Вход");
	}
}
