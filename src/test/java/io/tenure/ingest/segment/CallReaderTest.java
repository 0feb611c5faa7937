package io.tenure.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.ingest.Call;
import io.tenure.ingest.ReceivedJson;
import io.tenure.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The reader serialises each message once: what it keeps of it is what the message said. */
class CallReaderTest {

	private final ObjectMapper json = new ObjectMapper();

	private final Instant now = Instant.parse("2026-03-01T12:00:00Z");

	@Test
	void propertiesAndContextAreKeptAsTheMessageSaidThem() throws Exception {
		List<Call> calls = read("""
				{"batch":[
				 {"type":"track","userId":"u1","event":"E","properties":{"a":1,"b":[1.5,"x",null,true],"c":{"d":"\u00e9\\\"q\\\\"}},
				  "context":{"groupId":"g1","library":{"name":"n"}}},
				 {"type":"page","userId":"u1","name":"Home","properties":{"path":"/"}},
				 {"type":"page","userId":"u1","name":"Home","properties":{"name":"Own"}},
				 {"type":"screen","userId":"u1","name":"Main","properties":{"name":null}},
				 {"type":"track","userId":"u1","event":"E"}
				]}""");

		assertThat(tree(calls.get(0).properties())).isEqualTo(json.readTree("{\"a\":1,\"b\":[1.5,\"x\",null,true],\"c\":{\"d\":\"\u00e9\\\"q\\\\\"}}"));
		assertThat(calls.get(0).properties()).containsEntry("a", 1);
		assertThat(tree(calls.get(0).context())).isEqualTo(json.readTree("{\"groupId\":\"g1\",\"library\":{\"name\":\"n\"}}"));
		assertThat(tree(calls.get(1).properties())).isEqualTo(json.readTree("{\"path\":\"/\",\"name\":\"Home\"}"));
		assertThat(tree(calls.get(2).properties())).isEqualTo(json.readTree("{\"name\":\"Own\"}"));
		assertThat(tree(calls.get(3).properties())).isEqualTo(json.readTree("{\"name\":\"Main\"}"));
		assertThat(((ReceivedJson) calls.get(4).properties()).text()).isEqualTo("{}");
		assertThat(((ReceivedJson) calls.get(4).context()).text()).isEqualTo("{}");
	}

	@Test
	void theBatchContextIsUnderTheMessagesOwnAndIdentifyTakesTraitsFromIt() throws Exception {
		List<Call> calls = read("""
				{"context":{"ip":"1.2.3.4","library":{"name":"batch"},"traits":{"plan":"pro"}},"batch":[
				 {"type":"track","userId":"u1","event":"E","context":{"library":{"name":"own"},"groupId":"g"}},
				 {"type":"identify","userId":"u1"},
				 {"type":"identify","userId":"u2","context":{"traits":{"plan":"own"}}},
				 {"type":"identify","userId":"u3","context":{"traits":null}}
				]}""");

		assertThat(tree(calls.get(0).context()))
			.isEqualTo(json.readTree("{\"ip\":\"1.2.3.4\",\"library\":{\"name\":\"own\"},\"traits\":{\"plan\":\"pro\"},\"groupId\":\"g\"}"));
		assertThat(calls.get(0).groupId()).isEqualTo("g");
		assertThat(calls.get(1).traits()).isEqualTo(Map.of("plan", "pro"));
		assertThat(calls.get(2).traits()).isEqualTo(Map.of("plan", "own"));
		assertThat(calls.get(3).traits()).isEmpty();
	}

	@Test
	void aNulCharacterAnywhereIsRefusedAndAnEscapedBackslashIsNot() {
		assertThatThrownBy(() -> read("{\"batch\":[{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"a\":\"x\\u0000\"}}]}"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> read("{\"batch\":[{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"x\\u0000\":1}}]}"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(read("{\"batch\":[{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"a\":\"x\\\\u0000\"}}]}"))
			.hasSize(1);
		assertThat(SerializedMessage.hasNul("\"\\\\\\u0000\"")).as("a backslash, then NUL").isTrue();
		assertThat(SerializedMessage.hasNul("\"\\\\u0000\"")).as("a backslash, then u0000").isFalse();
	}

	@Test
	void theCommonTimeFormIsReadAsOffsetDateTimeReadsItAndTheRestIsLeftToIt() {
		List<String> samples = List.of("2026-01-31T12:00:00Z", "2026-01-31T12:00:00.1Z", "2026-01-31T12:00:00.123456789Z",
				"2026-01-31T12:00:00.1234567891Z", "2026-01-31T12:00:00+05:30", "2026-01-31T12:00:00.5-08:00", "2026-01-31T12:00:00-00:00",
				"2026-01-31T12:00:00+18:00", "2026-01-31T12:00:00+18:01", "2026-01-31T12:00:00+19:00", "2026-02-29T12:00:00Z",
				"2024-02-29T23:59:59.999Z", "2026-01-31T24:00:00Z", "2026-01-31T12:60:00Z", "2026-01-31T12:00:60Z", "2026-13-01T00:00:00Z",
				"2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-31t12:00:00z", "2026-01-31T12:00Z", "2026-01-31T12:00:00.Z",
				"2026-01-31T12:00:00", "2026-01-31T12:00:00+0530", "2026-01-31 12:00:00Z", "+2026-01-31T12:00:00Z", "0000-01-01T00:00:00Z",
				"2026-01-31T12:00:00+05:30:15", "2026-01-31T12:00:00.000Z", "20x6-01-31T12:00:00Z", "2026-01-31T12:00:00Zx");
		for (String sample : samples) {
			agree(sample);
		}
		Random random = new Random(7);
		for (int i = 0; i < 5_000; i++) {
			StringBuilder text = new StringBuilder("%04d-%02d-%02dT%02d:%02d:%02d".formatted(random.nextInt(3000), random.nextInt(14),
					random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62)));
			if (random.nextBoolean()) {
				text.append('.').append(String.valueOf(Math.abs(random.nextLong())), 0, 1 + random.nextInt(10));
			}
			text.append(random.nextBoolean() ? "Z" : "%s%02d:%02d".formatted(random.nextBoolean() ? "+" : "-", random.nextInt(20),
					random.nextInt(61)));
			agree(text.toString());
		}
	}

	private static void agree(String text) {
		Instant common = IsoTime.common(text);
		Instant parsed;
		try {
			parsed = OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			parsed = null;
		}
		if (common != null) {
			assertThat(common).as(text).isEqualTo(parsed);
		}
	}

	private JsonNode tree(Map<String, Object> map) throws Exception {
		assertThat(map).isInstanceOf(ReceivedJson.class);
		return json.readTree(((ReceivedJson) map).text());
	}

	private List<Call> read(String body) {
		try {
			return new CallReader(json, now).batch(json.readTree(body));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
