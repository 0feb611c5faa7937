package io.tenure.ingest;

import static io.tenure.ingest.Tracking.track;
import static io.tenure.ingest.Tracking.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** timestamp = receivedAt - (sentAt - originalTimestamp); times before 2000 or over a day ahead are refused. */
@TenureTest
class ClockSkewTest {

	private static final Duration SLACK = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String user;

	@BeforeEach
	void setUp() {
		tracking = new Tracking(port, writeKeys.create("skew " + Tracking.unique(), null), db);
		user = "skew-" + Tracking.unique();
	}

	@Test
	void aSenderClockTwoHoursBehindIsCorrectedBySentAt() {
		Instant deviceNow = Instant.now().minus(2, ChronoUnit.HOURS);
		var message = with(track(user, "Signed In"), "originalTimestamp", deviceNow.toString(), "sentAt",
				deviceNow.plus(10, ChronoUnit.MINUTES).toString());

		Instant before = Instant.now();
		tracking.send("track", message).expect(200);
		Instant after = Instant.now();

		Map<String, Object> event = tracking.event(id(message));
		Instant received = time(event, "received_at");
		assertThat(received).isBetween(before.minus(SLACK), after.plus(SLACK));
		assertThat(Duration.between(time(event, "occurred_at"), received)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void aDeviceClockSetTo1990IsCorrectedIntoThePresent() {
		Instant device = Instant.parse("1990-06-01T12:00:00Z");
		var message = with(track(user, "Signed In"), "originalTimestamp", device.toString(), "sentAt",
				device.plus(1, ChronoUnit.MINUTES).toString());
		Instant before = Instant.now();
		tracking.send("track", message).expect(200);

		assertThat(time(tracking.event(id(message)), "occurred_at")).isBetween(before.minus(Duration.ofMinutes(1)).minus(SLACK),
				Instant.now().minus(Duration.ofMinutes(1)).plus(SLACK));
	}

	@Test
	void aTimestampWithoutSentAtIsTakenAsItIs() {
		var message = with(track(user, "Signed In"), "timestamp", "2024-05-01T10:00:00+02:00");
		tracking.send("track", message).expect(200);
		assertThat(time(tracking.event(id(message)), "occurred_at")).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
	}

	@Test
	void noTimeAtAllMeansReceivedAt() {
		var message = track(user, "Signed In");
		tracking.send("track", message).expect(200);
		Map<String, Object> event = tracking.event(id(message));
		assertThat(time(event, "occurred_at")).isEqualTo(time(event, "received_at"));
	}

	@Test
	void aBatchSentAtAppliesToEachMessageUnlessTheMessageHasItsOwn() {
		Instant sentAt = Instant.now().plus(3, ChronoUnit.HOURS);
		var fiveMinutes = with(track(user, "A"), "originalTimestamp", sentAt.minus(5, ChronoUnit.MINUTES).toString());
		var oneHour = with(track(user, "B"), "timestamp", sentAt.minus(1, ChronoUnit.HOURS).toString());
		var ownSentAt = with(track(user, "C"), "originalTimestamp", "2030-01-01T00:00:00Z", "sentAt", "2030-01-01T00:00:30Z");

		tracking.post("/v1/batch", Map.of("sentAt", sentAt.toString(), "batch", List.of(fiveMinutes, oneHour, ownSentAt))).expect(200);

		assertThat(skew(fiveMinutes)).isEqualTo(Duration.ofMinutes(5));
		assertThat(skew(oneHour)).isEqualTo(Duration.ofHours(1));
		assertThat(skew(ownSentAt)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void timesBefore2000OrMoreThanADayAheadAreRefused() {
		var tooOld = with(track(user, "Signed In"), "timestamp", "1999-12-31T23:59:59Z");
		assertThat(tracking.send("track", tooOld).expectProblem(400)).containsExactly("timestamp");

		var tooFar = with(track(user, "Signed In"), "timestamp", Instant.now().plus(25, ChronoUnit.HOURS).toString());
		assertThat(tracking.send("track", tooFar).expectProblem(400)).containsExactly("timestamp");

		var inBatch = with(track(user, "Signed In"), "originalTimestamp", "1970-01-01T00:00:00Z");
		var fine = track(user, "Signed In");
		assertThat(tracking.batch(List.of(fine, inBatch)).expectProblem(400)).containsExactly("batch[1].timestamp");
		assertThat(tracking.storedEvents(Tracking.ids(List.of(tooOld, tooFar, inBatch, fine)))).isZero();

		var earliest = with(track(user, "Signed In"), "timestamp", "2000-01-01T00:00:00Z");
		var tomorrow = with(track(user, "Signed In"), "timestamp", Instant.now().plus(23, ChronoUnit.HOURS).toString());
		tracking.batch(List.of(earliest, tomorrow)).expect(200);
		assertThat(tracking.storedEvents(Tracking.ids(List.of(earliest, tomorrow)))).isEqualTo(2);
	}

	@Test
	void aBadSentAtIsNamed() {
		var message = with(track(user, "Signed In"), "originalTimestamp", Instant.now().toString(), "sentAt", "later");
		assertThat(tracking.send("track", message).expectProblem(400)).containsExactly("sentAt");
		var batched = with(track(user, "Signed In"), "timestamp", Instant.now().toString());
		assertThat(tracking.post("/v1/batch", Map.of("sentAt", 12, "batch", List.of(batched))).expectProblem(400))
			.containsExactly("batch[0].sentAt");
	}

	private Duration skew(Map<String, Object> message) {
		Map<String, Object> event = tracking.event(id(message));
		return Duration.between(time(event, "occurred_at"), time(event, "received_at"));
	}

	private static Instant time(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return ((OffsetDateTime) value).toInstant();
	}

	private static String id(Map<String, Object> message) {
		return (String) message.get("messageId");
	}
}
