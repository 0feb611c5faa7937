package io.tenure.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenure.platform.HttpApi;
import io.tenure.platform.HttpApi.Reply;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Segment sender over raw HTTP (write key as the Basic user name) and the queries that show what
 * Tenure stored. Messages are mutable maps with a fresh messageId, so a test can break one field.
 */
public final class Tracking {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;
	private final String writeKey;
	private final JdbcClient db;

	public Tracking(int port, String writeKey, JdbcClient db) {
		this.base = "http://localhost:" + port;
		this.writeKey = writeKey;
		this.db = db;
	}

	public static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	public static String basic(String key) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
	}

	// ---- sending

	/** POST /v1/{type} of one message, authenticated by the write key. */
	public Reply send(String type, Object message) {
		return post("/v1/" + type, message);
	}

	public Reply batch(List<? extends Map<String, Object>> messages) {
		return post("/v1/batch", Map.of("batch", messages));
	}

	public Reply post(String path, Object body) {
		return raw(path, HttpRequest.BodyPublishers.ofString(HttpApi.text(body)), "Authorization", basic(writeKey));
	}

	/** Any body, with only the headers given (plus JSON content type and accept). */
	public Reply raw(String path, BodyPublisher body, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).POST(body).header("Content-Type", "application/json")
			.header("Accept", "application/json");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 2) {
				rollupsFollowed(db);
			}
			return new Reply("POST " + path, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException("POST " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Waits until the rollup follower has applied every delta committed so far (it does within about a
	 * second), so that a test reads the rollups and signals of what it sent: how a user sees them a
	 * moment after the reply.
	 */
	public static void rollupsFollowed(JdbcClient db) {
		Long last = db.sql("select max(id) from rollup_deltas").query(Long.class).optional().orElse(null);
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (last != null && db.sql("select exists (select 1 from rollup_deltas where id <= ?)").param(last).query(Boolean.class).single()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the rollup follower has not applied delta " + last + " within 10 s");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	// ---- messages

	public static Map<String, Object> message(String type, String userId) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", type);
		message.put("messageId", "msg-" + UUID.randomUUID());
		if (userId != null) {
			message.put("userId", userId);
		}
		return message;
	}

	public static Map<String, Object> track(String userId, String event) {
		Map<String, Object> message = message("track", userId);
		message.put("event", event);
		return message;
	}

	/** A track call whose context names the account. */
	public static Map<String, Object> track(String userId, String event, String groupId) {
		Map<String, Object> message = track(userId, event);
		message.put("context", new LinkedHashMap<>(Map.of("groupId", groupId)));
		return message;
	}

	public static Map<String, Object> anonymousTrack(String anonymousId, String event) {
		Map<String, Object> message = track(null, event);
		message.put("anonymousId", anonymousId);
		return message;
	}

	public static Map<String, Object> identify(String userId, Map<String, ?> traits) {
		Map<String, Object> message = message("identify", userId);
		message.put("traits", new LinkedHashMap<>(traits));
		return message;
	}

	public static Map<String, Object> group(String userId, String groupId, Map<String, ?> traits) {
		Map<String, Object> message = message("group", userId);
		message.put("groupId", groupId);
		message.put("traits", new LinkedHashMap<>(traits));
		return message;
	}

	public static Map<String, Object> alias(String previousId, String userId) {
		Map<String, Object> message = message("alias", userId);
		message.put("previousId", previousId);
		return message;
	}

	public static Map<String, Object> page(String userId, String name) {
		Map<String, Object> message = message("page", userId);
		message.put("name", name);
		return message;
	}

	public static Map<String, Object> with(Map<String, Object> message, Object... fields) {
		for (int i = 0; i < fields.length; i += 2) {
			message.put((String) fields[i], fields[i + 1]);
		}
		return message;
	}

	public static List<String> ids(Collection<? extends Map<String, Object>> messages) {
		List<String> ids = new ArrayList<>();
		messages.forEach(m -> ids.add((String) m.get("messageId")));
		return ids;
	}

	// ---- what was stored

	public long storedEvents(Collection<String> messageIds) {
		return db.sql("select count(*) from events where message_id = any(?)").param(messageIds.toArray(String[]::new))
			.query(Long.class).single();
	}

	public Map<String, Object> event(String messageId) {
		return db.sql("select * from events where message_id = ?").param(messageId).query().singleRow();
	}

	public Optional<Map<String, Object>> person(String externalId) {
		return db.sql("select * from people where external_id = ?").param(externalId).query().listOfRows().stream().findFirst();
	}

	public Optional<Map<String, Object>> account(String externalId) {
		return db.sql("select * from accounts where external_id = ?").param(externalId).query().listOfRows().stream().findFirst();
	}

	public long personId(String userId) {
		return ((Number) person(userId).orElseThrow(() -> new AssertionError("no person " + userId)).get("id")).longValue();
	}

	public long accountId(String groupId) {
		return ((Number) account(groupId).orElseThrow(() -> new AssertionError("no account " + groupId)).get("id")).longValue();
	}

	/** The day rollups read below wait until the follower has applied every batch stored so far. */

	/** The day rollup's total for one account and event name, over all days and features. */
	public long accountRollup(long accountId, String name) {
		rollupsFollowed(db);
		return db.sql("select coalesce(sum(events), 0) from account_daily_events where account_id = ? and name = ?")
			.params(accountId, name).query(Long.class).single();
	}

	public long personRollup(long personId, String name) {
		rollupsFollowed(db);
		return db.sql("select coalesce(sum(events), 0) from person_daily_events where person_id = ? and name = ?")
			.params(personId, name).query(Long.class).single();
	}

	/**
	 * A subject's span of an event name ("first..last" day; null if none), as kept and as its rollup rows
	 * give it: the two are equal when the spans were kept right.
	 */
	public List<String> span(String subject, long id, String name) {
		rollupsFollowed(db);
		String kept = db.sql("select first_day || '..' || last_day from %1$s_event_spans where %1$s_id = ? and name = ?".formatted(subject))
			.params(id, name).query(String.class).optional().orElse(null);
		String rolledUp = db.sql("select min(day) || '..' || max(day) from %1$s_daily_events where %1$s_id = ? and name = ?".formatted(subject))
			.params(id, name).query((rs, n) -> rs.getString(1)).list().get(0);
		return Arrays.asList(kept, rolledUp);
	}

	/** event_names.events: how often the taxonomy has seen the name. */
	public long namedEvents(String name) {
		rollupsFollowed(db);
		return db.sql("select coalesce(sum(events), 0) from event_names where name = ?").param(name).query(Long.class).single();
	}
}
