package io.tenure.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.tenure.TenureTest;
import io.tenure.platform.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The corners a review found: merges inside a batch, exports, repeats, odd values and other clients. */
@TenureTest
class IngestionEdgeCasesTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	Tracking tracking;
	String key;
	String u;

	@BeforeEach
	void setUp() {
		key = writeKeys.create("edges " + Tracking.unique(), null);
		tracking = new Tracking(port, key, db);
		u = Tracking.unique();
	}

	@Test
	void anAliasInsideABatchKeepsTheBatchsEarlierEventsOnTheMergedPersonAndARepeatRecreatesNobody() {
		String old = "old-" + u;
		String merged = "new-" + u;
		tracking.send("track", Tracking.track(old, "Signed In")).expect(200);
		var batch = List.of(Tracking.track(old, "Signed In"), Tracking.alias(old, merged), Tracking.track(merged, "Signed In"));

		tracking.batch(batch).expect(200);
		tracking.batch(batch).expect(200);

		assertThat(tracking.person(old)).as("merged away, and not created again by the repeat").isEmpty();
		long person = tracking.personId(merged);
		assertThat(db.sql("select count(*) from events where user_id in (?, ?) and type = 'track' and person_id = ?")
			.params(old, merged, person).query(Long.class).single()).isEqualTo(3);
		assertThat(db.sql("select count(*) from events e where e.user_id = ? and not exists (select 1 from people p where p.id = e.person_id)")
			.param(old).query(Long.class).single()).as("no event points at the deleted person").isZero();
		assertThat(tracking.personRollup(person, "Signed In")).isEqualTo(3);
	}

	@Test
	void aSegmentExportKeepsTheTimeItHappenedNotTheTimeOfImport() {
		var exported = Tracking.with(Tracking.track("exp-" + u, "Report Created"), "originalTimestamp", "2025-01-01T10:00:00Z",
				"sentAt", "2025-01-01T10:00:05Z", "receivedAt", "2025-01-01T10:00:06Z");

		tracking.batch(List.of(exported)).expect(200);

		var occurred = (java.sql.Timestamp) tracking.event((String) exported.get("messageId")).get("occurred_at");
		assertThat(occurred.toInstant()).isEqualTo(Instant.parse("2025-01-01T10:00:01Z"));
	}

	@Test
	void impossibleTimesAndGroupIdsThatAreNotTextAreNamedNotFailures() {
		var faraway = Tracking.with(Tracking.track("t-" + u, "x"), "originalTimestamp", "-999999999-01-01T00:00:00Z", "sentAt",
				"+999999999-01-01T00:00:00Z");
		assertThat(tracking.send("track", faraway).expectProblem(400)).containsExactly("timestamp");

		var groupObject = Tracking.with(Tracking.track("t-" + u, "x"), "context", Map.of("groupId", Map.of("id", "acme")));
		assertThat(tracking.send("track", groupObject).expectProblem(400)).containsExactly("context.groupId");
	}

	/** Events are written with COPY's text format: what it escapes (backslash, tab, line breaks) arrives as sent. */
	@Test
	void backslashesTabsAndLineBreaksAreStoredAsSent() {
		String name = "Odd\tname\nwith\\ back\rslash " + u, user = "odd\\user\t" + u;
		var message = Tracking.with(Tracking.track(user, name, "odd-" + u), "properties", Map.of("s", "a\\b\"c\nd\te\\n"),
				"messageId", "odd\\id\t" + u, "anonymousId", "odd\r\nvisitor\\" + u);

		tracking.send("track", message).expect(200);

		var stored = tracking.event((String) message.get("messageId"));
		assertThat(stored.get("name")).isEqualTo(name);
		assertThat(stored.get("user_id")).isEqualTo(user);
		assertThat(stored.get("anonymous_id")).isEqualTo("odd\r\nvisitor\\" + u);
		assertThat(db.sql("select properties ->> 's' from events where message_id = ?").param(message.get("messageId")).query(String.class)
			.single()).isEqualTo("a\\b\"c\nd\te\\n");
		assertThat(tracking.accountRollup(tracking.accountId("odd-" + u), name)).isEqualTo(1);
	}

	/**
	 * An id with a lone surrogate (escaped in the JSON) is stored with '?' in its place: sent again, it
	 * is still known, and two such ids alike as stored, on both sides of an alias in one batch, are one event.
	 */
	@Test
	void aMessageIdWithALoneSurrogateIsKnownWhenSentAgain() {
		String track = "{\"type\":\"track\",\"userId\":\"%s\",\"event\":\"Signed In\",\"messageId\":\"%s\"}";
		String single = track.formatted("lone-" + u, "lone-\\ud800-" + u);
		for (int i = 0; i < 2; i++) {
			tracking.raw("/v1/track", java.net.http.HttpRequest.BodyPublishers.ofString(single), "Authorization", Tracking.basic(key))
				.expect(200);
		}
		String batch = "{\"batch\":[" + track.formatted("lone-" + u, "lone-\\udc00-x-" + u) + ","
				+ "{\"type\":\"alias\",\"previousId\":\"lone-" + u + "\",\"userId\":\"lone-new-" + u + "\"},"
				+ track.formatted("lone-new-" + u, "lone-\\udc01-x-" + u) + "]}";
		tracking.raw("/v1/batch", java.net.http.HttpRequest.BodyPublishers.ofString(batch), "Authorization", Tracking.basic(key))
			.expect(200);

		assertThat(db.sql("select count(*) from events where message_id = ?").param("lone-?-" + u).query(Long.class).single()).isEqualTo(1);
		assertThat(db.sql("select count(*) from events where message_id = ?").param("lone-?-x-" + u).query(Long.class).single())
			.as("two ids alike as stored, on both sides of an alias").isEqualTo(1);
	}

	@Test
	void aLongFeatureNameIsStoredWholeAndRolledUpShortened() {
		var feature = Tracking.with(Tracking.track("f-" + u, "Feature Used", "g-" + u), "properties", Map.of("feature", "x".repeat(3000)));

		tracking.send("track", feature).expect(200);

		assertThat(db.sql("select max(length(feature)) from account_daily_events where account_id = ?").param(tracking.accountId("g-" + u))
			.query(Integer.class).single()).isEqualTo(200);
	}

	@Test
	void onlyRealChangesMoveVersionsSoStaffEditsConflictWithChangesNotWithRepeats() {
		String user = "v-" + u;
		String group = "vg-" + u;
		tracking.send("group", Tracking.group(user, group, Map.of("name", "Versioned " + u, "plan", "Team"))).expect(200);
		int account = version("accounts", group);
		tracking.send("group", Tracking.group(user, group, Map.of("name", "Versioned " + u, "plan", "Team"))).expect(200);
		assertThat(version("accounts", group)).as("a sync repeating what is stored").isEqualTo(account);
		tracking.send("group", Tracking.group(user, group, Map.of("plan", "Business"))).expect(200);
		assertThat(version("accounts", group)).as("a new plan").isEqualTo(account + 1);

		int person = version("people", user);
		tracking.send("identify", Tracking.identify(user, Map.of("email", "v-" + u + "@example.test"))).expect(200);
		assertThat(version("people", user)).as("a new email").isEqualTo(person + 1);
	}

	private int version(String table, String externalId) {
		return db.sql("select version from " + table + " where external_id = ?").param(externalId).query(Integer.class).single();
	}

	@Test
	void theWriteKeyIsCheckedBeforeTheBodyIsRead() {
		var reply = tracking.raw("/v1/track", HttpRequest.BodyPublishers.ofString("not json at all"), "Authorization",
				Tracking.basic("wk_unknown"));
		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void gzipBodiesAndTheShortPathsOfAnalyticsJsAreTaken() throws Exception {
		var zipped = Tracking.track("z-" + u, "Signed In");
		var bytes = new ByteArrayOutputStream();
		try (var gzip = new GZIPOutputStream(bytes)) {
			gzip.write(HttpApi.text(zipped).getBytes(StandardCharsets.UTF_8));
		}
		tracking.raw("/v1/track", HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()), "Authorization", Tracking.basic(key),
				"Content-Encoding", "gzip").expect(200);
		var shortPath = Tracking.track("s-" + u, "Signed In");
		tracking.post("/v1/t", shortPath).expect(200);

		assertThat(tracking.storedEvents(Tracking.ids(List.of(zipped, shortPath)))).isEqualTo(2);
		assertThat(tracking.event((String) shortPath.get("messageId")).get("type")).isEqualTo("track");
		assertThat(tracking.raw("/v1/track", HttpRequest.BodyPublishers.ofString("{}"), "Authorization", Tracking.basic(key),
				"Content-Encoding", "gzip").status()).isEqualTo(400);
	}
}
