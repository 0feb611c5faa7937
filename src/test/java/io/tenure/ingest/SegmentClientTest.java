package io.tenure.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.TrackMessage;
import io.tenure.TenureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The official Segment Java client, pointed at Tenure, and what Tenure stored from it. */
@TenureTest
class SegmentClientTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String writeKey;

	@BeforeEach
	void setUp() {
		writeKey = writeKeys.create("segment client " + Tracking.unique(), null);
		tracking = new Tracking(port, writeKey, db);
	}

	@Test
	void identifyGroupTrackAndPageBecomePeopleAccountsEventsAndRollups() {
		String u = Tracking.unique();
		String userId = "client-user-" + u;
		String groupId = "client-acct-" + u;

		List<Message> sent = sendWithClient(4, analytics -> {
			analytics.enqueue(IdentifyMessage.builder().userId(userId)
				.traits(Map.of("email", "grace-" + u + "@example.com", "name", "Grace Hopper", "title", "Rear Admiral")));
			analytics.enqueue(GroupMessage.builder(groupId).userId(userId).traits(Map.of("name", "Acme " + u, "industry", "Logistics",
					"employees", 250, "plan", "Growth", "website", "https://www.acme-" + u + ".example.com/about")));
			analytics.enqueue(TrackMessage.builder("Signed In").userId(userId).context(Map.of("groupId", groupId))
				.properties(Map.of("method", "password")));
			analytics.enqueue(PageMessage.builder("Dashboard").userId(userId).properties(Map.of("path", "/dashboard")));
		});
		assertThat(sent).hasSize(4);

		Map<String, Object> account = tracking.account(groupId).orElseThrow();
		assertThat(account).containsEntry("name", "Acme " + u).containsEntry("industry", "Logistics").containsEntry("employees", 250)
			.containsEntry("plan", "Growth").containsEntry("domain", "acme-" + u + ".example.com");
		long accountId = ((Number) account.get("id")).longValue();

		Map<String, Object> person = tracking.person(userId).orElseThrow();
		assertThat(person).containsEntry("email", "grace-" + u + "@example.com").containsEntry("name", "Grace Hopper")
			.containsEntry("title", "Rear Admiral");
		assertThat(((Number) person.get("account_id")).longValue()).as("linked by the group call").isEqualTo(accountId);
		long personId = ((Number) person.get("id")).longValue();

		List<Map<String, Object>> events = db.sql("select * from events where user_id = ? order by id").param(userId).query()
			.listOfRows();
		assertThat(events).extracting(e -> e.get("type") + "/" + e.get("name"))
			.containsExactly("identify/Identify", "group/Group", "track/Signed In", "page/Page Viewed");
		assertThat(events).extracting(e -> e.get("message_id")).containsExactlyElementsOf(sent.stream().map(Message::messageId).toList());
		assertThat(events.subList(2, 4)).allSatisfy(e -> {
			assertThat(((Number) e.get("account_id")).longValue()).isEqualTo(accountId);
			assertThat(((Number) e.get("person_id")).longValue()).isEqualTo(personId);
		});
		assertThat(events.get(3).get("properties").toString()).contains("\"name\": \"Dashboard\"");

		assertThat(tracking.accountRollup(accountId, "Signed In")).isEqualTo(1);
		assertThat(tracking.accountRollup(accountId, "Page Viewed")).isEqualTo(1);
		assertThat(tracking.personRollup(personId, "Signed In")).isEqualTo(1);
		assertThat(tracking.personRollup(personId, "Page Viewed")).isEqualTo(1);
		assertThat(tracking.accountRollup(accountId, "Identify") + tracking.accountRollup(accountId, "Group"))
			.as("identify and group are not activity").isZero();
	}

	@Test
	void everyMessageOfSeveralClientBatchesIsStoredOnceWithItsMessageId() {
		String u = Tracking.unique();
		String groupId = "client-bulk-" + u;
		List<Message> sent = sendWithClient(120, analytics -> {
			for (int i = 0; i < 120; i++) {
				analytics.enqueue(TrackMessage.builder("Report Created").userId("client-bulk-" + u + "-" + (i % 3))
					.context(Map.of("groupId", groupId)).properties(Map.of("n", i)));
			}
		});

		assertThat(tracking.storedEvents(sent.stream().map(Message::messageId).toList())).isEqualTo(120);
		assertThat(tracking.accountRollup(tracking.accountId(groupId), "Report Created")).isEqualTo(120);
		for (int i = 0; i < 3; i++) {
			assertThat(tracking.personRollup(tracking.personId("client-bulk-" + u + "-" + i), "Report Created")).isEqualTo(40);
		}
	}

	/** Sends through the official client and waits until each message was acknowledged or failed. */
	private List<Message> sendWithClient(int messages, Consumer<Analytics> calls) {
		List<Message> succeeded = new CopyOnWriteArrayList<>();
		List<String> failures = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(messages);
		Analytics analytics = Analytics.builder(writeKey)
			.endpoint("http://localhost:" + port)
			.flushQueueSize(50)
			.flushInterval(1, TimeUnit.SECONDS)
			.retries(1)
			.callback(new Callback() {
				@Override
				public void success(Message message) {
					succeeded.add(message);
					done.countDown();
				}

				@Override
				public void failure(Message message, Throwable error) {
					failures.add(message.type() + ": " + error);
					done.countDown();
				}
			})
			.build();
		try {
			calls.accept(analytics);
			analytics.flush();
			assertThat(done.await(60, TimeUnit.SECONDS)).as("all %s messages answered", messages).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			analytics.shutdown();
		}
		assertThat(failures).as("messages the client could not deliver").isEmpty();
		return new ArrayList<>(succeeded);
	}
}
