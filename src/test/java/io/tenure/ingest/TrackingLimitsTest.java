package io.tenure.ingest;

import static io.tenure.ingest.Tracking.basic;
import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** Segment's limits and malformed input: a clear 4xx that names the problem, nothing stored, never a 500. */
@TenureTest
class TrackingLimitsTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	String key;
	Tracking tracking;
	String user;

	@BeforeEach
	void setUp() {
		key = writeKeys.create("limits " + Tracking.unique(), null);
		tracking = new Tracking(port, key, db);
		user = "limits-" + Tracking.unique();
	}

	@Test
	void aMessageOver32KbIsRefusedByName() {
		var big = with(track(user, "Big"), "properties", Map.of("blob", "x".repeat(33 * 1024)));
		assertThat(tracking.send("track", big).expectProblem(400)).containsExactly("message");

		var small = track(user, "Small");
		List<String> fields = tracking.batch(List.of(small, big)).expectProblem(400);
		assertThat(fields).containsExactly("batch[1]");
		assertThat(tracking.storedEvents(Tracking.ids(List.of(small, big)))).isZero();

		var justUnder = with(track(user, "Almost big"), "properties", Map.of("blob", "x".repeat(31 * 1024)));
		tracking.send("track", justUnder).expect(200);
	}

	@Test
	void moreThan2500MessagesIsRefused() {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 2_501; i++) {
			batch.add(track(user, "E"));
		}
		Reply reply = tracking.batch(batch);
		assertThat(reply.expectProblem(400)).containsExactly("batch");
		assertThat(reply.json().path("detail").asText()).contains("2500");
		assertThat(tracking.storedEvents(Tracking.ids(batch))).isZero();
	}

	@Test
	void exactly2500MessagesAreAccepted() {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			batch.add(track(user, "E"));
		}
		tracking.batch(batch).expect(200);
		assertThat(tracking.storedEvents(Tracking.ids(batch))).isEqualTo(2_500);
	}

	@Test
	void aRequestOver500KbIs413WithOrWithoutContentLength() {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			batch.add(with(track(user, "Large"), "properties", Map.of("blob", "y".repeat(20 * 1024))));
		}
		String body = HttpApi.text(Map.of("batch", batch));
		assertThat(body.length()).isGreaterThan(500 * 1024);

		Reply sized = tracking.raw("/v1/batch", BodyPublishers.ofString(body), "Authorization", basic(key));
		sized.expectProblem(413);
		assertThat(sized.json().path("detail").asText()).contains("500 KB");

		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Reply chunked = tracking.raw("/v1/batch", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
				"Authorization", basic(key));
		chunked.expectProblem(413);
		assertThat(tracking.storedEvents(Tracking.ids(batch))).isZero();
	}

	@Test
	void malformedEmptyOrNonObjectBodiesAre400() {
		assertThat(raw("/v1/track", "{\"type\": \"track\", ").expectProblem(400)).containsExactly("body");
		assertThat(raw("/v1/batch", "not json at all").expectProblem(400)).containsExactly("body");
		assertThat(raw("/v1/track", "").expectProblem(400)).containsExactly("body");
		assertThat(raw("/v1/batch", "[]").expectProblem(400)).containsExactly("body");
		assertThat(raw("/v1/track", "\"text\"").expectProblem(400)).containsExactly("body");
		assertThat(raw("/v1/track", "{\"a\": NaN}").expectProblem(400)).containsExactly("body");
	}

	@Test
	void aNulCharacterAnywhereInAMessageIs400() {
		var inProperty = with(track(user, "Nul"), "properties", Map.of("note", "a\u0000b"));
		assertThat(tracking.send("track", inProperty).expectProblem(400)).containsExactly("message");

		var inKey = with(track(user, "Nul"), "properties", Map.of("bad\u0000key", 1));
		assertThat(tracking.batch(List.of(track(user, "Fine"), inKey)).expectProblem(400)).containsExactly("batch[1]");

		var inTrait = Tracking.identify(user, Map.of("name", "Nul\u0000Name"));
		tracking.send("identify", inTrait).expectProblem(400);
		assertThat(tracking.storedEvents(Tracking.ids(List.of(inProperty, inKey, inTrait)))).isZero();
		assertThat(tracking.person(user)).isEmpty();
	}

	/** Bytes that are not UTF-8 (an overlong NUL, which a lenient decoder reads as a NUL; a lone continuation byte) are refused whole. */
	@Test
	void aBodyThatIsNotUtf8Is400() {
		byte[] head = ("{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Bad").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = "\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (byte[] bad : new byte[][] { { (byte) 0xC0, (byte) 0x80 }, { (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } }) {
			byte[] body = new byte[head.length + bad.length + tail.length];
			System.arraycopy(head, 0, body, 0, head.length);
			System.arraycopy(bad, 0, body, head.length, bad.length);
			System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
			Reply reply = tracking.raw("/v1/track", BodyPublishers.ofByteArray(body), "Authorization", basic(key));
			assertThat(reply.expectProblem(400)).containsExactly("body");
		}
		assertThat(tracking.person(user)).isEmpty();
	}

	/** The 32 KB are counted on the message as sent; one that is larger only by its spaces is measured written compactly. */
	@Test
	void aMessageLargeOnlyByItsSpacesIsMeasuredCompactly() {
		String padded = "{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Spacious\",\"properties\":{\"a\":1"
				+ " ".repeat(40 * 1024) + "}}";
		raw("/v1/track", padded).expect(200);
		assertThat(db.sql("select properties ->> 'a' from events where user_id = ? and name = 'Spacious'").param(user).query(String.class)
			.single()).isEqualTo("1");
	}

	@Test
	void aNulCharacterInTheBatchContextIsA400NotA500() {
		var message = track(user, "Nul context");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("context", Map.of("library", Map.of("name", "x\u0000y")));
		body.put("batch", List.of(message));

		Reply reply = tracking.post("/v1/batch", body);

		assertThat(reply.expectProblem(400)).as("the field at fault is named (%s)", reply.body()).containsExactly("context");
		assertThat(tracking.storedEvents(Tracking.ids(List.of(message)))).isZero();
	}

	@Test
	void oddButParseableValuesNeverGiveA500() {
		List<String> bodies = List.of(
				"{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Odd\",\"properties\":{\"n\":1e999999}}",
				"{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Odd\",\"properties\":{\"s\":\"\\ud800\"}}",
				"{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Odd\",\"properties\":" + "[".repeat(1200)
						+ "]".repeat(1200) + "}",
				"{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Odd\",\"properties\":{\"d\":" + "{\"a\":".repeat(900)
						+ "1" + "}".repeat(900) + "}}",
				"{\"type\":\"group\",\"userId\":\"" + user + "\",\"groupId\":\"odd-" + user + "\",\"traits\":{\"employees\":1e400}}",
				"{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Odd\",\"context\":{\"groupId\":{\"nested\":true}}}",
				"{\"type\":\"track\",\"userId\":\"" + "u".repeat(201) + "\",\"event\":\"Odd\"}",
				"{\"type\":\"identify\",\"userId\":\"" + user + "\",\"traits\":{\"email\":\"" + "e".repeat(300) + "\",\"createdAt\":\"soon\"}}");
		for (String body : bodies) {
			Reply reply = raw("/v1/" + (body.contains("\"group\"") ? "group" : body.contains("identify") ? "identify" : "track"), body);
			assertThat(reply.status()).as("%s answered %s for %s", reply.request(), reply.body(),
					body.length() > 120 ? body.substring(0, 120) + "..." : body).isIn(200, 400);
		}
	}

	private Reply raw(String path, String body) {
		return tracking.raw(path, BodyPublishers.ofString(body), "Authorization", basic(key));
	}
}
