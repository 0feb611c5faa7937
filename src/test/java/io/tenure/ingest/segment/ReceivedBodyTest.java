package io.tenure.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.ingest.Call;
import io.tenure.ingest.ReceivedJson;
import org.junit.jupiter.api.Test;

/**
 * A body is read once: its tree is what Jackson reads, each message's text is the bytes it came as,
 * and its properties and context are stored as sent, except where jsonb could refuse them; what the
 * reader makes of it is what it makes of the same messages serialised.
 */
class ReceivedBodyTest {

	private final ObjectMapper json = new ObjectMapper();

	private final Instant now = Instant.parse("2026-03-01T12:00:00Z");

	private static final String BATCH = """
			{ "writeKey" : "k",
			  "context": {"ip": "1.2.3.4"},
			  "batch" : [
			    {"type": "track", "userId": "ü1", "event": "Ärger €",
			     "properties" : { "a" : 1.50, "b": [1, "x", null, true], "c": {"d": "é\\"q\\\\"}, "n": 12345678901234567890123 },
			     "context": {"groupId": "g1", "library": {"name": "n"}}},
			    17,
			    {"type": "page", "userId": "u2", "name": "Home", "properties": {"path": "/"}},
			    {"type": "track", "userId": "u3", "event": "Odd", "properties": {"s": "\\ud800", "t": "x"}, "context": {"big": 1e999999}}
			  ]
			}   """;

	@Test
	void theTreeIsJacksonsAndEachMessageIsTheTextItCameAs() throws Exception {
		byte[] bytes = BATCH.getBytes(StandardCharsets.UTF_8);
		ReceivedBody body = ReceivedBody.read(bytes, json);

		assertThat(body.root()).isEqualTo(json.readTree(bytes));
		JsonNode first = body.root().get("batch").get(0);
		SerializedMessage message = body.serialized(first);
		assertThat(message.text()).startsWith("{\"type\": \"track\", \"userId\": \"ü1\"").endsWith("\"name\": \"n\"}}}");
		assertThat(json.readTree(message.text())).isEqualTo(first);
		assertThat(message.properties())
			.isEqualTo("{ \"a\" : 1.50, \"b\": [1, \"x\", null, true], \"c\": {\"d\": \"é\\\"q\\\\\"}, \"n\": 12345678901234567890123 }");
		assertThat(message.context()).isEqualTo("{\"groupId\": \"g1\", \"library\": {\"name\": \"n\"}}");
		assertThat(body.serialized(body.root().get("batch").get(1))).as("not a message object").isNull();
		assertThat(body.serialized(body.root().get("batch").get(2)).context()).as("none sent").isNull();
	}

	@Test
	void anEscapedSurrogateOrAnExponentBeyondNumericIsNotStoredAsSent() throws Exception {
		ReceivedBody body = ReceivedBody.read(BATCH.getBytes(StandardCharsets.UTF_8), json);

		SerializedMessage odd = body.serialized(body.root().get("batch").get(3));
		assertThat(odd.text()).contains("\\ud800");
		assertThat(odd.properties()).isNull();
		assertThat(odd.context()).isNull();
	}

	@Test
	void theReaderMakesTheSameCallsOfTheBodyAsReceivedAsOfItsTree() throws Exception {
		byte[] bytes = BATCH.replace("    17,\n", "").getBytes(StandardCharsets.UTF_8);
		ReceivedBody body = ReceivedBody.read(bytes, json);

		List<Call> received = new CallReader(json, now, body).batch(body.root());
		List<Call> serialised = new CallReader(json, now).batch(json.readTree(bytes));

		assertThat(received).hasSize(3).hasSameSizeAs(serialised);
		for (int i = 0; i < received.size(); i++) {
			assertThat(tree(received.get(i).properties())).as("properties of call %d", i).isEqualTo(tree(serialised.get(i).properties()));
			assertThat(tree(received.get(i).context())).as("context of call %d", i).isEqualTo(tree(serialised.get(i).context()));
			assertThat(received.get(i).occurredAt()).isEqualTo(serialised.get(i).occurredAt());
		}
		assertThat(((ReceivedJson) received.get(1).properties()).text()).as("the page's name added").contains("\"name\":\"Home\"");
		assertThat(((ReceivedJson) received.get(0).properties()).text()).as("as sent").contains("1.50");
	}

	@Test
	void aSingleCallIsAMessageAndAnythingButAnObjectIsNone() throws Exception {
		String single = "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"k\":\"v\"}}\n";
		ReceivedBody body = ReceivedBody.read(single.getBytes(StandardCharsets.UTF_8), json);
		assertThat(body.serialized(body.root()).text()).isEqualTo(single.trim());
		assertThat(body.serialized(body.root()).properties()).isEqualTo("{\"k\":\"v\"}");

		assertThat(ReceivedBody.read("[1, 2]".getBytes(StandardCharsets.UTF_8), json).root().isArray()).isTrue();
		assertThat(ReceivedBody.read("null".getBytes(StandardCharsets.UTF_8), json).root().isNull()).isTrue();
		assertThat(ReceivedBody.read("  ".getBytes(StandardCharsets.UTF_8), json).root()).isNull();
	}

	@Test
	void wellFormedUtf8IsToldFromOverlongsSurrogatesAndStrayBytes() {
		assertThat(ReceivedBody.utf8("plain, é, €, 𝄞, \uFEFF".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(ReceivedBody.utf8(new byte[] { 'a', (byte) 0xC0, (byte) 0x80 })).as("overlong NUL").isFalse();
		assertThat(ReceivedBody.utf8(new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0x80 })).as("overlong three bytes").isFalse();
		assertThat(ReceivedBody.utf8(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })).as("a surrogate").isFalse();
		assertThat(ReceivedBody.utf8(new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 })).as("beyond U+10FFFF").isFalse();
		assertThat(ReceivedBody.utf8(new byte[] { (byte) 0x80 })).as("a lone continuation").isFalse();
		assertThat(ReceivedBody.utf8(new byte[] { (byte) 0xE2, (byte) 0x82 })).as("cut short").isFalse();
	}

	@Test
	void aBatchBodyIsNotItselfAMessage() throws Exception {
		ReceivedBody body = ReceivedBody.read(BATCH.getBytes(StandardCharsets.UTF_8), json);
		assertThat(body.serialized(body.root())).isNull();
	}

	private JsonNode tree(java.util.Map<String, Object> map) throws Exception {
		return json.readTree(((ReceivedJson) map).text());
	}
}
