package io.tenure.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's first and last seen follow what they did, not what was done to them or synced about them. */
@TenureTest
class SightingTest {

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
		tracking = new Tracking(port, writeKeys.create("sighting " + Tracking.unique(), null), db);
		user = "seen-" + Tracking.unique();
	}

	@Test
	void onlyWhatThePersonDidMovesTheirSeenTimes() {
		tracking.batch(List.of(
				Tracking.with(Tracking.identify(user, Map.of("email", "seen@example.test")), "timestamp", "2026-05-01T09:00:00Z"),
				Tracking.with(Tracking.track(user, "Email Delivered"), "timestamp", "2026-05-02T09:00:00Z")))
			.expect(200);
		assertThat(seen("first_seen_at")).as("an identify and a delivered mail are no sighting").isNull();
		assertThat(seen("last_seen_at")).isNull();

		tracking.batch(List.of(Tracking.with(Tracking.track(user, "Signed In"), "timestamp", "2026-05-10T09:00:00Z"))).expect(200);
		assertThat(seen("first_seen_at")).isEqualTo(Instant.parse("2026-05-10T09:00:00Z"));

		tracking.batch(List.of(
				Tracking.with(Tracking.track(user, "Email Delivered"), "timestamp", "2026-05-20T09:00:00Z"),
				Tracking.with(Tracking.track(user, "Signed In"), "timestamp", "2026-05-03T09:00:00Z"),
				Tracking.with(Tracking.track(user, "Report Created"), "timestamp", "2026-05-12T09:00:00Z")))
			.expect(200);
		assertThat(seen("first_seen_at")).as("an older sign-in imported later").isEqualTo(Instant.parse("2026-05-03T09:00:00Z"));
		assertThat(seen("last_seen_at")).as("not the later delivered mail").isEqualTo(Instant.parse("2026-05-12T09:00:00Z"));
	}

	private Instant seen(String column) {
		return db.sql("select " + column + " from people where external_id = ?").param(user)
			.query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
	}
}
