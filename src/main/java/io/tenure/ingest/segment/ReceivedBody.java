package io.tenure.ingest.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tracking request's JSON body, read once into a tree while noting where each message, and each
 * message's properties and context objects, lie in the bytes received: the size limit is checked on
 * the message as sent, and properties and context are stored as the text they came as, without being
 * written out again. Where the text cannot be stored as it is (an escaped half of a surrogate pair,
 * which PostgreSQL's jsonb refuses), or the body is not shaped as expected, the reader serialises the
 * message instead.
 */
final class ReceivedBody {

	private final byte[] bytes;
	private final Map<JsonNode, SerializedMessage> messages = new IdentityHashMap<>();
	private final JsonNode tree;

	private ReceivedBody(byte[] bytes, ObjectMapper json) throws IOException {
		this.bytes = bytes;
		try (JsonParser parser = json.getFactory().createParser(bytes)) {
			JsonToken first = parser.nextToken();
			tree = first == JsonToken.START_OBJECT ? message(parser, json, true) : first == null ? null : value(parser, json);
		}
	}

	/** The body read, or a JsonProcessingException for text that is not JSON. */
	static ReceivedBody read(byte[] bytes, ObjectMapper json) throws IOException {
		return new ReceivedBody(bytes, json);
	}

	/**
	 * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
	 * beyond U+10FFFF). Jackson reads some malformed sequences as characters, an overlong NUL among
	 * them, which would then pass the checks made on the text as Java decodes it.
	 */
	static boolean utf8(byte[] bytes) {
		int i = 0, n = bytes.length;
		while (i < n) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length, min2 = 0x80, max2 = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				min2 = b == 0xE0 ? 0xA0 : 0x80;
				max2 = b == 0xED ? 0x9F : 0xBF;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				min2 = b == 0xF0 ? 0x90 : 0x80;
				max2 = b == 0xF4 ? 0x8F : 0xBF;
			}
			else {
				return false;
			}
			if (i + length > n) {
				return false;
			}
			int second = bytes[i + 1] & 0xFF;
			if (second < min2 || second > max2) {
				return false;
			}
			for (int k = 2; k < length; k++) {
				int next = bytes[i + k] & 0xFF;
				if (next < 0x80 || next > 0xBF) {
					return false;
				}
			}
			i += length;
		}
		return true;
	}

	/** The body's tree; null for an empty body. */
	JsonNode root() {
		return tree;
	}

	/** The message as received, if it is one of this body's (the body itself, or an object of its batch array). */
	SerializedMessage serialized(JsonNode message) {
		return messages.get(message);
	}

	/** An object, at its start: a message, with the batch array's objects read as messages too when it is the body. */
	private ObjectNode message(JsonParser parser, ObjectMapper json, boolean root) throws IOException {
		boolean body = root;
		int start = (int) parser.currentTokenLocation().getByteOffset();
		ObjectNode message = json.createObjectNode();
		int[] properties = null, context = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			JsonToken token = parser.nextToken();
			if (body && field.equals("batch") && token == JsonToken.START_ARRAY) {
				ArrayNode batch = json.createArrayNode();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					batch.add(parser.currentToken() == JsonToken.START_OBJECT ? message(parser, json, false) : value(parser, json));
				}
				message.set(field, batch);
				body = false; // a batch body, not a message: its text is not wanted
				continue;
			}
			int valueStart = (int) parser.currentTokenLocation().getByteOffset();
			message.set(field, value(parser, json));
			if (token == JsonToken.START_OBJECT && (field.equals("properties") || field.equals("context"))) {
				int[] span = { valueStart, (int) parser.currentLocation().getByteOffset() };
				if (field.equals("properties")) {
					properties = span;
				}
				else {
					context = span;
				}
			}
		}
		int end = (int) parser.currentLocation().getByteOffset();
		if ((body || !root) && object(start, end)) {
			messages.put(message, new SerializedMessage(text(start, end), storable(properties), storable(context)));
		}
		return message;
	}

	private static JsonNode value(JsonParser parser, ObjectMapper json) throws IOException {
		return parser.currentToken() == JsonToken.VALUE_NULL ? NullNode.getInstance() : json.readTree(parser);
	}

	/**
	 * The object's text as received, unless jsonb might refuse it: an escaped surrogate (a lone one is
	 * refused), or a number with an exponent of four digits or more (beyond numeric's range, where
	 * Jackson's reading is stored instead). Either may also be inside a string; the message is then only
	 * serialised where it need not be.
	 */
	private String storable(int[] span) {
		if (span == null || !object(span[0], span[1])) {
			return null;
		}
		String text = text(span[0], span[1]);
		for (int i = text.indexOf("\\u"); i >= 0; i = text.indexOf("\\u", i + 2)) {
			if (i + 3 < text.length() && (text.charAt(i + 2) == 'd' || text.charAt(i + 2) == 'D')
					&& "89abcdefABCDEF".indexOf(text.charAt(i + 3)) >= 0) {
				return null;
			}
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == 'e' || c == 'E') && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
				int digits = 0;
				int j = i + 1 < text.length() && (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-') ? i + 2 : i + 1;
				while (j < text.length() && Character.isDigit(text.charAt(j))) {
					digits++;
					j++;
				}
				if (digits >= 4) {
					return null;
				}
			}
		}
		return text;
	}

	private boolean object(int start, int end) {
		return start >= 0 && end > start && end <= bytes.length && bytes[start] == '{' && bytes[end - 1] == '}';
	}

	private String text(int start, int end) {
		return new String(bytes, start, end - start, StandardCharsets.UTF_8);
	}
}
