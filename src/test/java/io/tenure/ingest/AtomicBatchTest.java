package io.tenure.ingest;

import static io.tenure.ingest.Tracking.group;
import static io.tenure.ingest.Tracking.identify;
import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A batch is stored whole or not at all: one bad message is a 400 naming batch[i].field, and nothing is stored. */
@TenureTest
class AtomicBatchTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String u;

	@BeforeEach
	void setUp() {
		tracking = new Tracking(port, writeKeys.create("atomic " + Tracking.unique(), null), db);
		u = Tracking.unique();
	}

	static Stream<Arguments> badMessages() {
		return Stream.of(
				bad("track without event", user -> without(track(user, "x"), "event"), "event"),
				bad("track with blank event", user -> with(track(user, "x"), "event", "  "), "event"),
				bad("neither userId nor anonymousId", user -> without(track(user, "Signed In"), "userId"), "userId"),
				bad("bad timestamp", user -> with(track(user, "Signed In"), "timestamp", "yesterday"), "timestamp"),
				bad("timestamp without offset", user -> with(track(user, "Signed In"), "timestamp", "2025-01-01T10:00:00"), "timestamp"),
				bad("properties not an object", user -> with(track(user, "Signed In"), "properties", "[1,2]"), "properties"),
				bad("properties an array", user -> with(track(user, "Signed In"), "properties", List.of(1, 2)), "properties"),
				bad("userId an object", user -> with(track(user, "Signed In"), "userId", Map.of("id", 1)), "userId"),
				bad("unknown type", user -> with(track(user, "Signed In"), "type", "purchase"), "type"),
				bad("group without groupId", user -> group(user, null, Map.of()), "groupId"),
				bad("alias without previousId", user -> Tracking.alias(null, user), "previousId"),
				bad("context not an object", user -> with(track(user, "Signed In"), "context", 42), "context"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badMessages")
	void oneInvalidMessageRefusesTheWholeBatch(String what, Function<String, Map<String, Object>> badMessage, String field) {
		String user = "atomic-user-" + u;
		String other = "atomic-other-" + u;
		String account = "atomic-acct-" + u;
		List<Map<String, Object>> batch = new ArrayList<>(List.of(
				identify(user, Map.of("email", "a-" + u + "@example.com")),
				group(user, account, Map.of("name", "Atomic " + u)),
				track(user, "Signed In", account),
				badMessage.apply(other),
				track(other, "Signed In")));

		List<String> fields = tracking.batch(batch).expectProblem(400);

		assertThat(fields).as(what).contains("batch[3]." + field);
		assertThat(fields).as("only the bad message is named").allMatch(f -> f.startsWith("batch[3]"));
		assertNothingStored(batch, List.of(user, other), account);
	}

	@Test
	void everyBadMessageIsNamedAndNothingIsStored() {
		String user = "atomic-many-" + u;
		List<Map<String, Object>> batch = List.of(
				track(user, "Signed In"),
				without(track(user, "x"), "event"),
				track(user, "Signed In"),
				with(track(user, "Signed In"), "timestamp", "not a time"),
				Tracking.message("screen", null));

		List<String> fields = tracking.batch(batch).expectProblem(400);

		assertThat(fields).contains("batch[1].event", "batch[3].timestamp", "batch[4].userId");
		assertNothingStored(batch, List.of(user), null);
	}

	@Test
	void aMessageThatIsNotAnObjectIsNamedByIndex() {
		String user = "atomic-scalar-" + u;
		var good = track(user, "Signed In");
		List<String> fields = tracking.post("/v1/batch", Map.of("batch", List.of(good, "hello"))).expectProblem(400);

		assertThat(fields).containsExactly("batch[1]");
		assertNothingStored(List.of(good), List.of(user), null);
	}

	@Test
	void aBatchThatIsNotAnArrayIsRefused() {
		assertThat(tracking.post("/v1/batch", Map.of("batch", Map.of("type", "track")))).satisfies(
				reply -> assertThat(reply.expectProblem(400)).containsExactly("batch"));
		assertThat(tracking.post("/v1/batch", Map.of("messages", List.of())).expectProblem(400)).containsExactly("batch");
	}

	@Test
	void aValidBatchIsStoredWhole() {
		String user = "atomic-ok-" + u;
		String account = "atomic-ok-acct-" + u;
		List<Map<String, Object>> batch = List.of(identify(user, Map.of("name", "Ok " + u)), group(user, account, Map.of()),
				track(user, "Signed In", account), track(user, "Report Created"));

		tracking.batch(batch).expect(200);

		assertThat(tracking.storedEvents(Tracking.ids(batch))).isEqualTo(4);
		assertThat(tracking.person(user)).isPresent();
		assertThat(tracking.account(account)).isPresent();
	}

	private void assertNothingStored(List<Map<String, Object>> batch, List<String> users, String account) {
		assertThat(tracking.storedEvents(Tracking.ids(batch))).as("events of the batch").isZero();
		users.forEach(user -> assertThat(tracking.person(user)).as("person %s", user).isEmpty());
		if (account != null) {
			assertThat(tracking.account(account)).as("account %s", account).isEmpty();
		}
	}

	private static Arguments bad(String what, Function<String, Map<String, Object>> message, String field) {
		return Arguments.of(what, message, field);
	}

	private static Map<String, Object> without(Map<String, Object> message, String field) {
		message.remove(field);
		return message;
	}
}
