package io.tenure.ingest.segment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.ingest.Call;
import io.tenure.ingest.ReceivedJson;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;
import io.tenure.usage.CallType;

/**
 * Reads Segment messages as the Tracking API does, and checks them all before anything is stored:
 * a problem anywhere names the message's index and field. Limits are Segment's: 32 KB a message,
 * 2,500 messages a batch (500 KB a request is checked as the body is read). Event times are
 * corrected for the sender's clock skew: receivedAt - (sentAt - originalTimestamp); a time before
 * 2000 or more than a day ahead of receipt is refused.
 */
public final class CallReader {

	static final int MAX_MESSAGE_BYTES = 32 * 1024;
	static final int MAX_MESSAGES = 2_500;
	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
	static final Duration MAX_AHEAD = Duration.ofDays(1);
	private static final int MAX_ID = 200;

	private final ObjectMapper json;
	private final Instant receivedAt;
	private final List<FieldProblem> problems = new ArrayList<>();
	private final ReceivedBody body;

	public CallReader(ObjectMapper json, Instant receivedAt) {
		this(json, receivedAt, null);
	}

	/** A reader of the messages of this body, which knows them as received. */
	CallReader(ObjectMapper json, Instant receivedAt, ReceivedBody body) {
		this.json = json;
		this.receivedAt = receivedAt;
		this.body = body;
	}

	/** A single call posted to /v1/{type}. */
	List<Call> single(JsonNode body, CallType type) {
		Call call = read(body, type, "", null, null);
		finish();
		return List.of(call);
	}

	/** A /v1/batch (or /v1/import) body: its context and sentAt apply to each message. */
	public List<Call> batch(JsonNode body) {
		JsonNode messages = body.get("batch");
		if (messages == null || !messages.isArray()) {
			throw new InvalidInputException("batch", "must be an array of messages");
		}
		if (messages.size() > MAX_MESSAGES) {
			throw new InvalidInputException("batch", "has " + messages.size() + " messages; the limit is " + MAX_MESSAGES);
		}
		JsonNode context = object(body, "context", "");
		if (context != null && SerializedMessage.containsNul(context)) {
			problems.add(new FieldProblem("context", "contains a NUL character, which cannot be stored"));
		}
		JsonNode sentAt = body.get("sentAt");
		List<Call> calls = new ArrayList<>(messages.size());
		for (int i = 0; i < messages.size(); i++) {
			String at = "batch[" + i + "].";
			JsonNode message = messages.get(i);
			if (!message.isObject()) {
				problems.add(new FieldProblem("batch[" + i + "]", "must be a message object"));
				continue;
			}
			CallType type = type(message.get("type"), at);
			if (type != null) {
				calls.add(read(message, type, at, context, sentAt));
			}
		}
		finish();
		return calls;
	}

	private Call read(JsonNode message, CallType type, String at, JsonNode batchContext, JsonNode batchSentAt) {
		SerializedMessage serialized = serialize(message, at);
		String userId = id(message, "userId", at);
		String anonymousId = id(message, "anonymousId", at);
		if (userId == null && anonymousId == null && type != CallType.ALIAS) {
			problems.add(new FieldProblem(at + "userId", "userId or anonymousId is required"));
		}
		String event = null;
		if (type == CallType.TRACK) {
			event = id(message, "event", at);
			if (event == null) {
				problems.add(new FieldProblem(at + "event", "is required for a track call"));
			}
		}
		String previousId = type == CallType.ALIAS ? required(message, "previousId", at) : null;
		if (type == CallType.ALIAS && userId == null) {
			problems.add(new FieldProblem(at + "userId", "is required for an alias call"));
		}
		JsonNode ownContext = object(message, "context", at);
		String groupId = type == CallType.GROUP ? required(message, "groupId", at) : contextGroupId(message, at);
		JsonNode properties = object(message, "properties", at);
		String propertiesText = properties == null ? "{}" : serialized.properties() != null ? serialized.properties() : text(properties);
		if ((type == CallType.PAGE || type == CallType.SCREEN) && message.hasNonNull("name")
				&& (properties == null || !properties.hasNonNull("name"))) {
			ObjectNode named = properties == null ? json.createObjectNode() : properties.deepCopy();
			named.put("name", message.get("name").asText());
			propertiesText = text(named);
		}
		Map<String, Object> traits = map(object(message, "traits", at));
		JsonNode contextTraits = ownContext != null && ownContext.has("traits") ? ownContext.get("traits")
				: batchContext == null ? null : batchContext.get("traits");
		if (traits.isEmpty() && contextTraits != null && contextTraits.isObject() && type == CallType.IDENTIFY) {
			traits.putAll(map(contextTraits));
		}
		String messageId = id(message, "messageId", at);
		return new Call(type, messageId == null ? UUID.randomUUID().toString() : messageId, userId, anonymousId, event, groupId,
				previousId, new ReceivedJson(propertiesText, json), traits,
				new ReceivedJson(context(batchContext, ownContext, serialized), json), occurredAt(message, batchSentAt, at),
				receivedAt);
	}

	/** The context stored: the batch's, with the message's own fields over it. */
	private String context(JsonNode batchContext, JsonNode ownContext, SerializedMessage serialized) {
		if (batchContext == null) {
			return ownContext == null ? "{}" : serialized.context() != null ? serialized.context() : text(ownContext);
		}
		ObjectNode merged = batchContext.deepCopy();
		if (ownContext != null) {
			merged.setAll((ObjectNode) ownContext);
		}
		return text(merged);
	}

	private String text(JsonNode node) {
		try {
			return json.writeValueAsString(node);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * receivedAt - (sentAt - originalTimestamp), where the sender's time is originalTimestamp or
	 * timestamp. A message that carries its own receivedAt (an export from Segment) is corrected from
	 * that, not from now.
	 */
	private Instant occurredAt(JsonNode message, JsonNode batchSentAt, String at) {
		Instant original = time(message, "originalTimestamp", at);
		Instant timestamp = time(message, "timestamp", at);
		Instant sentAt = time(message, "sentAt", at);
		Instant received = time(message, "receivedAt", at);
		if (sentAt == null && batchSentAt != null && !batchSentAt.isNull()) {
			sentAt = parse(batchSentAt, at + "sentAt");
		}
		Instant base = received != null ? received : receivedAt;
		Instant device = original != null ? original : timestamp;
		Instant occurred;
		try {
			occurred = device == null ? base : sentAt == null ? device : base.minus(Duration.between(device, sentAt));
		}
		catch (java.time.DateTimeException | ArithmeticException e) {
			problems.add(new FieldProblem(at + "timestamp", "cannot be placed in time: " + e.getMessage()));
			return null;
		}
		if (occurred != null && (occurred.isBefore(EARLIEST) || occurred.isAfter(receivedAt.plus(MAX_AHEAD)))) {
			problems.add(new FieldProblem(at + "timestamp", "puts the event at " + occurred + "; events must fall between "
					+ EARLIEST + " and one day after they are received"));
		}
		return occurred;
	}

	private Instant time(JsonNode message, String field, String at) {
		JsonNode value = message.get(field);
		return value == null || value.isNull() ? null : parse(value, at + field);
	}

	private Instant parse(JsonNode value, String field) {
		String text = value.asText();
		Instant common = IsoTime.common(text);
		if (common != null) {
			return common;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, "must be an ISO 8601 time with offset, such as 2026-01-31T12:00:00Z"));
			return null;
		}
	}

	private CallType type(JsonNode value, String at) {
		String type = value == null || value.isNull() ? null : value.asText().toUpperCase(Locale.ROOT);
		try {
			return CallType.valueOf(type == null ? "" : type);
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(at + "type", "must be one of track, page, screen, identify, group, alias"));
			return null;
		}
	}

	private String id(JsonNode message, String field, String at) {
		JsonNode value = message.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isTextual() && !value.isNumber()) {
			problems.add(new FieldProblem(at + field, "must be a string"));
			return null;
		}
		String text = value.asText().trim();
		if (text.length() > MAX_ID) {
			problems.add(new FieldProblem(at + field, "must be at most " + MAX_ID + " characters"));
		}
		return text.isEmpty() ? null : text;
	}

	private String required(JsonNode message, String field, String at) {
		String value = id(message, field, at);
		if (value == null) {
			problems.add(new FieldProblem(at + field, "is required"));
		}
		return value;
	}

	private JsonNode object(JsonNode message, String field, String at) {
		JsonNode value = message.get(field);
		if (value != null && !value.isNull() && !value.isObject()) {
			problems.add(new FieldProblem(at + field, "must be an object"));
			return null;
		}
		return value == null || value.isNull() ? null : value;
	}

	/** The message's text as received (else serialised once): the size limit and the NUL check read the whole text. */
	private SerializedMessage serialize(JsonNode message, String at) {
		SerializedMessage received = body == null ? null : body.serialized(message);
		SerializedMessage serialized = received != null ? received : SerializedMessage.of(json, message);
		String name = at.isEmpty() ? "message" : at.substring(0, at.length() - 1);
		// as received, or (for a message sent with spaces or escapes) as written compactly
		if (serialized.longerThan(MAX_MESSAGE_BYTES) && (received == null || SerializedMessage.of(json, message).longerThan(MAX_MESSAGE_BYTES))) {
			problems.add(new FieldProblem(name, "is larger than the limit of 32 KB a message"));
		}
		if (SerializedMessage.hasNul(serialized.text())) {
			problems.add(new FieldProblem(name, "contains a NUL character, which cannot be stored"));
		}
		return serialized;
	}

	/** context.groupId names the account: a string (or a number), nothing else. */
	private String contextGroupId(JsonNode message, String at) {
		JsonNode context = message.get("context");
		JsonNode value = context == null || !context.isObject() ? null : context.get("groupId");
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isTextual() && !value.isNumber()) {
			problems.add(new FieldProblem(at + "context.groupId", "must be a string"));
			return null;
		}
		String text = value.asText().trim();
		if (text.length() > MAX_ID) {
			problems.add(new FieldProblem(at + "context.groupId", "must be at most " + MAX_ID + " characters"));
		}
		return text.isEmpty() ? null : text;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(JsonNode node) {
		return node == null ? new LinkedHashMap<>() : json.convertValue((ObjectNode) node, LinkedHashMap.class);
	}

	private void finish() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
