package io.tenure.ingest;

import static io.tenure.ingest.Tracking.basic;
import static io.tenure.ingest.Tracking.track;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import io.tenure.platform.HttpApi;
import io.tenure.platform.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Write keys as Segment uses them: the Basic user name, or writeKey in the body; 401 otherwise. */
@TenureTest
class TrackingAuthTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	String name;
	String key;
	Tracking tracking;

	@BeforeEach
	void setUp() {
		name = "auth test " + Tracking.unique();
		key = writeKeys.create(name, null);
		tracking = new Tracking(port, key, db);
	}

	@Test
	void basicAuthenticationWithTheWriteKeyAsUserStoresTheCallAndAnswersSuccess() {
		var message = track("auth-" + Tracking.unique(), "Signed In");
		Reply reply = tracking.raw("/v1/track", body(message), "Authorization", basic(key)).expect(200);

		assertThat(reply.json()).isEqualTo(HttpApi.JSON.valueToTree(Map.of("success", true)));
		assertThat(tracking.event(id(message))).containsEntry("write_key_id", keyId());
		assertThat(writeKeys.all()).filteredOn(k -> k.name().equals(name)).singleElement()
			.satisfies(k -> assertThat(k.lastUsedAt()).as("last used").isNotNull());
	}

	@Test
	void writeKeyInTheBodyIsAcceptedOnSingleCallsBatchAndImport() {
		var single = track("auth-" + Tracking.unique(), "Signed In");
		single.put("writeKey", key);
		tracking.raw("/v1/track", body(single)).expect(200);

		var inBatch = track("auth-" + Tracking.unique(), "Signed In");
		tracking.raw("/v1/batch", body(Map.of("writeKey", key, "batch", List.of(inBatch)))).expect(200);
		var imported = track("auth-" + Tracking.unique(), "Signed In");
		tracking.raw("/v1/import", body(Map.of("writeKey", key, "batch", List.of(imported)))).expect(200);

		assertThat(tracking.storedEvents(List.of(id(single), id(inBatch), id(imported)))).isEqualTo(3);
		assertThat(tracking.event(id(single))).containsEntry("write_key_id", keyId());
	}

	@Test
	void noKeyIsA401ProblemAndNothingIsStored() {
		var message = track("auth-" + Tracking.unique(), "Signed In");
		Reply reply = tracking.raw("/v1/track", body(message));
		refused(reply);
		assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");

		refused(tracking.raw("/v1/track", body(message), "Authorization", basic("")));
		refused(tracking.raw("/v1/track", body(message), "Authorization", "Bearer " + key));
		tracking.raw("/v1/track", body(message), "Authorization", "Basic %%%not-base64%%%").expectProblem(401);
		assertThat(tracking.storedEvents(List.of(id(message)))).isZero();
	}

	@Test
	void unknownKeyIsA401InTheHeaderAndInTheBody() {
		var message = track("auth-" + Tracking.unique(), "Signed In");
		refused(tracking.raw("/v1/track", body(message), "Authorization", basic(key + "x")));
		message.put("writeKey", "wk_unknown" + Tracking.unique());
		refused(tracking.raw("/v1/track", body(message)));
		refused(tracking.raw("/v1/batch", body(Map.of("writeKey", "nope", "batch", List.of(message)))));
		assertThat(tracking.storedEvents(List.of(id(message)))).isZero();
	}

	@Test
	void revokedKeyIsA401() {
		tracking.send("track", track("auth-" + Tracking.unique(), "Signed In")).expect(200);
		writeKeys.revoke(keyId());

		var message = track("auth-" + Tracking.unique(), "Signed In");
		refused(tracking.send("track", message));
		message.put("writeKey", key);
		refused(tracking.raw("/v1/track", body(message)));
		assertThat(tracking.storedEvents(List.of(id(message)))).isZero();
	}

	private static void refused(Reply reply) {
		reply.expectProblem(401);
		assertThat(reply.json().path("detail").asText()).containsIgnoringCase("write key");
	}

	private long keyId() {
		return writeKeys.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static java.net.http.HttpRequest.BodyPublisher body(Object body) {
		return BodyPublishers.ofString(HttpApi.text(body));
	}

	private static String id(Map<String, Object> message) {
		return (String) message.get("messageId");
	}
}
