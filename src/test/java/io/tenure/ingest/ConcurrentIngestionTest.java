package io.tenure.ingest;

import static io.tenure.ingest.Tracking.identify;
import static io.tenure.ingest.Tracking.track;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tenure.TenureTest;
import io.tenure.platform.HttpApi.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several senders at once, as Segment clients and pipelines send: batches that touch the same
 * people, accounts and rollup rows in different orders are all acknowledged and all counted.
 */
@TenureTest
class ConcurrentIngestionTest {

	private static final int SENDERS = 4;
	private static final int BATCHES = 4;

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	@Test
	void overlappingConcurrentBatchesAreAllStoredAndCounted() throws Exception {
		String u = Tracking.unique();
		Tracking tracking = new Tracking(port, writeKeys.create("concurrent " + u, null), db);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			users.add("conc-" + u + "-" + i);
		}
		String event = "Concurrent Step " + u;
		List<String> sentIds = new CopyOnWriteArrayList<>();
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		List<String> failures = new CopyOnWriteArrayList<>();

		ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
		try {
			List<Future<?>> senders = new ArrayList<>();
			for (int s = 0; s < SENDERS; s++) {
				int seed = s;
				senders.add(pool.submit(() -> {
					Random random = new Random(seed);
					for (int b = 0; b < BATCHES; b++) {
						List<String> order = new ArrayList<>(users);
						Collections.shuffle(order, random);
						List<Map<String, Object>> batch = new ArrayList<>();
						for (String user : order) {
							batch.add(identify(user, Map.of("title", "T" + random.nextInt(100))));
							batch.add(track(user, event, "conc-acct-" + u + "-" + (users.indexOf(user) % 2)));
						}
						Reply reply = tracking.batch(batch);
						statuses.merge(reply.status(), 1, Integer::sum);
						if (reply.status() == 200) {
							sentIds.addAll(Tracking.ids(batch));
						}
						else {
							failures.add(reply.status() + " " + reply.body());
						}
					}
				}));
			}
			for (Future<?> sender : senders) {
				sender.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(failures).as("statuses %s", statuses).isEmpty();
		int tracks = SENDERS * BATCHES * users.size();
		assertThat(tracking.storedEvents(sentIds)).isEqualTo(2L * tracks);
		long rolledUp = 0;
		for (String user : users) {
			rolledUp += tracking.personRollup(tracking.personId(user), event);
		}
		assertThat(rolledUp).isEqualTo(tracks);
		assertThat(tracking.accountRollup(tracking.accountId("conc-acct-" + u + "-0"), event)
				+ tracking.accountRollup(tracking.accountId("conc-acct-" + u + "-1"), event)).isEqualTo(tracks);
		assertThat(tracking.namedEvents(event)).isEqualTo(tracks);
	}
}
