package io.tenure.ingest;

import static io.tenure.ingest.Tracking.track;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A repeated messageId is accepted, stored once and counted once: in events, rollups and event_names. */
@TenureTest
class IdempotencyTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String u;
	String user;
	String group;
	String event;

	@BeforeEach
	void setUp() {
		tracking = new Tracking(port, writeKeys.create("idempotency " + Tracking.unique(), null), db);
		u = Tracking.unique();
		user = "idem-user-" + u;
		group = "idem-acct-" + u;
		event = "Idempotent Thing " + u;
	}

	@Test
	void sameMessageIdInTwoRequestsIsStoredAndCountedOnce() {
		var message = track(user, event, group);
		tracking.send("track", message).expect(200);
		assertThat(tracking.send("track", message).expect(200).json().path("success").asBoolean()).isTrue();
		tracking.batch(List.of(message)).expect(200);

		assertStoredOnce(message, 1);
	}

	@Test
	void sameMessageIdTwiceInOneBatchIsStoredOnceWithTheFirstContent() {
		var first = track(user, event, group);
		first.put("properties", Map.of("copy", "first"));
		var second = new LinkedHashMap<>(first);
		second.put("properties", Map.of("copy", "second"));
		var other = track(user, event, group);

		tracking.batch(List.of(first, second, other)).expect(200);

		assertThat(tracking.storedEvents(List.of((String) first.get("messageId")))).isEqualTo(1);
		assertThat(tracking.event((String) first.get("messageId")).get("properties").toString()).contains("first");
		assertThat(tracking.storedEvents(List.of((String) other.get("messageId")))).isEqualTo(1);
		assertCounted(2);
	}

	@Test
	void aLaterBatchRepeatingSomeMessagesStoresOnlyTheNewOnes() {
		var a = track(user, event, group);
		var b = track(user, event, group);
		var c = track(user, event, group);
		tracking.batch(List.of(a, b)).expect(200);
		tracking.batch(List.of(b, c, a)).expect(200);

		assertThat(tracking.storedEvents(Tracking.ids(List.of(a, b, c)))).isEqualTo(3);
		assertCounted(3);
	}

	@Test
	void concurrentRepeatsOfOneMessageAreStoredOnce() throws Exception {
		var message = track(user, event, group);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> replies = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				replies.add(pool.submit(() -> tracking.send("track", message).status()));
			}
			for (Future<Integer> reply : replies) {
				assertThat(reply.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertStoredOnce(message, 1);
	}

	private void assertStoredOnce(Map<String, Object> message, long counted) {
		assertThat(tracking.storedEvents(List.of((String) message.get("messageId")))).isEqualTo(1);
		assertCounted(counted);
	}

	private void assertCounted(long expected) {
		assertThat(tracking.accountRollup(tracking.accountId(group), event)).as("account rollup").isEqualTo(expected);
		assertThat(tracking.personRollup(tracking.personId(user), event)).as("person rollup").isEqualTo(expected);
		assertThat(tracking.namedEvents(event)).as("event_names.events").isEqualTo(expected);
		assertThat(db.sql("select count(*) from events where name = ?").param(event).query(Long.class).single()).isEqualTo(expected);
	}
}
