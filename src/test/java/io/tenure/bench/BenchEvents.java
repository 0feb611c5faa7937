package io.tenure.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The benchmark's Segment events: the accounts (group) and people (identify) they name, and
 * track and page events spread over the last 24 hours, with some users far more active than others.
 */
final class BenchEvents {

	static final int USERS = 2_000;
	static final int ACCOUNTS = 200;
	static final String[] FEATURES = { "reports", "dashboards", "exports", "alerts", "segments", "api", "sso", "workflows",
			"forecasts", "integrations" };
	private static final String[][] PAGES = { { "Dashboard", "/dashboard" }, { "Accounts", "/accounts" },
			{ "Reports", "/reports" }, { "Settings", "/settings" }, { "Billing", "/settings/billing" },
			{ "Pipeline", "/pipeline" }, { "Help Center", "/help" } };

	/** One generated event, kept so the COPY phase can write its equivalent. */
	record Message(String type, String name, int user, Instant at, String properties, String context) {
	}

	private final Instant start;
	private final Random random;

	BenchEvents(Instant start, Random random) {
		this.start = start;
		this.random = random;
	}

	/** When the run started: the events' timestamps lie in the 24 hours before it. */
	Instant start() {
		return start;
	}

	/** The group and identify messages that create the accounts and people the events name. */
	List<String> setup() {
		List<String> setup = new ArrayList<>();
		for (int a = 0; a < ACCOUNTS; a++) {
			setup.add("""
					{"type":"group","userId":"%s","groupId":"%s","messageId":"%s","traits":{"name":"Account %03d Inc.","industry":"Software","employees":%d,"plan":"%s"}}"""
				.formatted(userId(a), accountId(a), UUID.randomUUID(), a, 20 + random.nextInt(2000), a % 3 == 0 ? "enterprise" : "growth"));
		}
		for (int u = 0; u < USERS; u++) {
			setup.add("""
					{"type":"identify","userId":"%s","messageId":"%s","traits":{"email":"user%04d@account%03d.example","name":"User %04d","title":"Analyst"},"context":{"groupId":"%s"}}"""
				.formatted(userId(u), UUID.randomUUID(), u, u % ACCOUNTS, u, accountId(u % ACCOUNTS)));
		}
		return setup;
	}

	List<Message> generate(int count) {
		List<Message> messages = new ArrayList<>(count);
		long window = Duration.ofHours(24).toMillis();
		for (int i = 0; i < count; i++) {
			int user = (int) (Math.abs(random.nextGaussian()) * USERS / 2.5) % USERS; // some users far more active
			Instant at = start.minusMillis((long) (random.nextDouble() * window));
			int kind = random.nextInt(100);
			String context = "{\"groupId\":\"" + accountId(user % ACCOUNTS) + "\",\"library\":{\"name\":\"analytics-node\",\"version\":\"6.2.0\"},"
					+ "\"ip\":\"203.0.113." + (user % 250) + "\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15\"}";
			if (kind < 35) {
				String[] page = PAGES[random.nextInt(PAGES.length)];
				messages.add(new Message("page", "Page Viewed", user, at,
						"{\"name\":\"" + page[0] + "\",\"path\":\"" + page[1] + "\",\"url\":\"https://app.example.com" + page[1]
								+ "\",\"title\":\"" + page[0] + " - Example\",\"referrer\":\"\"}",
						context));
			}
			else if (kind < 70) {
				messages.add(new Message("track", "Feature Used", user, at,
						"{\"feature\":\"" + FEATURES[random.nextInt(FEATURES.length)] + "\",\"durationMs\":" + random.nextInt(60_000) + "}",
						context));
			}
			else if (kind < 85) {
				messages.add(new Message("track", "Signed In", user, at, "{\"method\":\"" + (random.nextBoolean() ? "password" : "sso") + "\"}",
						context));
			}
			else {
				String[] names = { "Report Created", "User Invited", "Article Viewed", "Ticket Created", "Integration Connected",
						"Email Opened", "Content Downloaded" };
				String name = names[random.nextInt(names.length)];
				messages.add(new Message("track", name, user, at, "{\"source\":\"web\",\"plan\":\"growth\"}", context));
			}
		}
		return messages;
	}

	/** The messages as Segment JSON, each with a fresh message id. */
	static List<String> json(List<Message> messages) {
		List<String> out = new ArrayList<>(messages.size());
		for (Message m : messages) {
			out.add("{\"type\":\"" + m.type() + "\"," + (m.type().equals("page") ? "\"name\":" + quoted(m.properties(), "name") + ","
					: "\"event\":\"" + m.name() + "\",") + "\"userId\":\"" + userId(m.user()) + "\",\"messageId\":\"" + UUID.randomUUID()
					+ "\",\"timestamp\":\"" + m.at() + "\",\"properties\":" + m.properties() + ",\"context\":" + m.context() + "}");
		}
		return out;
	}

	private static String quoted(String json, String field) {
		int at = json.indexOf("\"" + field + "\":\"") + field.length() + 3;
		return json.substring(at, json.indexOf('"', at + 1) + 1);
	}

	/** The messages as /v1/batch bodies of batchSize each (the last may hold fewer), fresh message ids. */
	static List<byte[]> batchBodies(List<Message> messages, int batchSize) {
		List<byte[]> bodies = new ArrayList<>();
		for (int from = 0; from < messages.size(); from += batchSize) {
			bodies.add(batchBody(json(messages.subList(from, Math.min(messages.size(), from + batchSize)))).getBytes(StandardCharsets.UTF_8));
		}
		return bodies;
	}

	static String batchBody(List<String> messages) {
		return "{\"batch\":[" + String.join(",", messages) + "]}";
	}

	static String userId(int user) {
		return "user-" + String.format("%04d", user);
	}

	static String accountId(int account) {
		return "acct-" + String.format("%03d", account);
	}
}
