package io.tenure.ingest.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.ingest.Call;
import io.tenure.ingest.Ingestion;
import io.tenure.ingest.WriteKeys;
import io.tenure.platform.InvalidInputException;
import io.tenure.usage.CallType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Segment-compatible Tracking API: point an existing Segment client (or a RudderStack or
 * custom pipeline) at Tenure. The write key is the HTTP Basic user name (empty password) or
 * {@code writeKey} in the body. A 200 means the calls are committed in PostgreSQL.
 */
@RestController
@Tag(name = "Tracking (Segment)", description = "identify, track, page, screen, group, alias, batch and import as Segment's HTTP API")
class SegmentApi {

	static final int MAX_REQUEST_BYTES = 500 * 1024;

	private final Ingestion ingestion;
	private final WriteKeys writeKeys;
	private final ObjectMapper json;
	private final Clock clock;

	SegmentApi(Ingestion ingestion, WriteKeys writeKeys, ObjectMapper json, Clock clock) {
		this.ingestion = ingestion;
		this.writeKeys = writeKeys;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping({ "/v1/batch", "/v1/batch/", "/v1/import", "/v1/import/", "/v1/b" })
	@Operation(summary = "A batch of up to 2,500 calls, stored whole or not at all")
	ResponseEntity<Map<String, Object>> batch(HttpServletRequest request) throws IOException {
		return receive(request, null);
	}

	@PostMapping({ "/v1/{type:identify|track|page|screen|group|alias}", "/v1/{type:identify|track|page|screen|group|alias}/" })
	@Operation(summary = "One call")
	ResponseEntity<Map<String, Object>> single(@PathVariable String type, HttpServletRequest request) throws IOException {
		return receive(request, CallType.valueOf(type.toUpperCase(Locale.ROOT)));
	}

	/** The short paths of analytics.js: /v1/t, /v1/p, /v1/s, /v1/i, /v1/g, /v1/a. */
	@PostMapping("/v1/{letter:[tpsiga]}")
	ResponseEntity<Map<String, Object>> shortPath(@PathVariable String letter, HttpServletRequest request) throws IOException {
		return receive(request, SHORT.get(letter));
	}

	private static final Map<String, CallType> SHORT = Map.of("t", CallType.TRACK, "p", CallType.PAGE, "s", CallType.SCREEN,
			"i", CallType.IDENTIFY, "g", CallType.GROUP, "a", CallType.ALIAS);

	private ResponseEntity<Map<String, Object>> receive(HttpServletRequest request, CallType type) throws IOException {
		Instant receivedAt = clock.instant();
		Long fromHeader = authenticate(request);
		ReceivedBody received = parse(read(request));
		JsonNode body = received.root();
		long writeKey = fromHeader != null ? fromHeader : authenticate(body);
		var reader = new CallReader(json, receivedAt, received);
		List<Call> calls = type == null ? reader.batch(body) : reader.single(body, type);
		ingestion.ingest(calls, writeKey);
		return ResponseEntity.ok(Map.of("success", true));
	}

	/** The write key of the Authorization header, checked before the body is read; null when there is none. */
	private Long authenticate(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String key;
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			key = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
		}
		catch (IllegalArgumentException e) {
			throw new UnknownWriteKey("The Authorization header is not valid Basic authentication.");
		}
		return key.isBlank() ? null : verify(key);
	}

	/** The write key in the body, for clients that cannot set headers. */
	private long authenticate(JsonNode body) {
		if (!body.hasNonNull("writeKey") || body.get("writeKey").asText().isBlank()) {
			throw new UnknownWriteKey("A write key is required: as the HTTP Basic user name, or as writeKey in the body.");
		}
		return verify(body.get("writeKey").asText());
	}

	private long verify(String key) {
		return writeKeys.verify(key).orElseThrow(() -> new UnknownWriteKey("The write key is unknown or revoked."));
	}

	private static byte[] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
			throw new TooLarge(request.getContentLengthLong());
		}
		boolean gzip = "gzip".equalsIgnoreCase(request.getHeader("Content-Encoding"));
		try (InputStream in = gzip ? new GZIPInputStream(request.getInputStream()) : request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
			if (body.length > MAX_REQUEST_BYTES) {
				throw new TooLarge(-1);
			}
			return body;
		}
		catch (java.util.zip.ZipException e) {
			throw new InvalidInputException("body", "is not valid gzip: " + e.getMessage());
		}
	}

	private ReceivedBody parse(byte[] body) {
		if (body.length == 0) {
			throw new InvalidInputException("body", "is empty; send a JSON object");
		}
		if (!ReceivedBody.utf8(body)) {
			throw new InvalidInputException("body", "is not valid UTF-8 text");
		}
		try {
			ReceivedBody received = ReceivedBody.read(body, json);
			if (received.root() == null || !received.root().isObject()) {
				throw new InvalidInputException("body", "must be a JSON object");
			}
			return received;
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("body", "is not valid JSON: " + e.getOriginalMessage());
		}
		catch (IOException e) {
			throw new InvalidInputException("body", "could not be read: " + e.getMessage());
		}
	}

	@ExceptionHandler(UnknownWriteKey.class)
	ResponseEntity<ProblemDetail> unauthorized(UnknownWriteKey e) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"Tenure tracking API\"")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage()));
	}

	/**
	 * Still deadlocked, or still racing a concurrent batch with the same message ids, after Ingestion's
	 * retries: nothing was stored, and the sender should try again.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, DuplicateKeyException.class })
	ResponseEntity<ProblemDetail> busy(org.springframework.dao.DataAccessException e) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"Tenure is busy with overlapping batches; nothing of this one was stored. Send it again."));
	}

	@ExceptionHandler(TooLarge.class)
	ProblemDetail tooLarge(TooLarge e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The request is larger than the limit of 500 KB a request" + (e.bytes > 0 ? " (" + e.bytes + " bytes)" : "")
						+ "; send smaller batches.");
	}

	static final class UnknownWriteKey extends RuntimeException {

		UnknownWriteKey(String message) {
			super(message);
		}
	}

	static final class TooLarge extends RuntimeException {

		final long bytes;

		TooLarge(long bytes) {
			super("too large");
			this.bytes = bytes;
		}
	}
}
