package io.tenure.ingest.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.ingest.Ingestion;
import io.tenure.ingest.segment.CallReader;
import io.tenure.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Imports a file of Segment messages, one JSON object a line (each with its "type"), as the batch
 * API would take them. The whole file is checked first: any problem, named by its line, stores
 * nothing. Then it is stored in chunks, each in one transaction. A message without a messageId gets
 * one made from its line, so importing the same file again stores nothing twice.
 */
@Component
public class JsonLinesImport {

	static final int CHUNK = 1_000;
	private static final int MAX_PROBLEMS = 20;
	private static final Pattern INDEX = Pattern.compile("^batch\\[(\\d+)\\]\\.?");

	private final Ingestion ingestion;
	private final ObjectMapper json;
	private final Clock clock;

	JsonLinesImport(Ingestion ingestion, ObjectMapper json, Clock clock) {
		this.ingestion = ingestion;
		this.json = json;
		this.clock = clock;
	}

	/** Imports the file; {@code progress} hears the number of lines done. */
	public ImportReport run(Path file, LongConsumer progress) throws IOException {
		List<String> problems = new ArrayList<>();
		long messages = chunks(file, (chunk) -> check(chunk, problems));
		if (!problems.isEmpty()) {
			return new ImportReport(messages, 0, 0, problems);
		}
		long[] stored = { 0 };
		long[] done = { 0 };
		chunks(file, (chunk) -> {
			stored[0] += ingestion.ingest(new CallReader(json, clock.instant()).batch(batch(chunk, problems)), null);
			done[0] += chunk.size();
			progress.accept(done[0]);
		});
		return new ImportReport(messages, stored[0], messages - stored[0], List.of());
	}

	private void check(List<Line> chunk, List<String> problems) {
		if (problems.size() >= MAX_PROBLEMS) {
			return;
		}
		ObjectNode body = batch(chunk, problems);
		try {
			new CallReader(json, clock.instant()).batch(body);
		}
		catch (InvalidInputException e) {
			e.problems().stream().limit(MAX_PROBLEMS - problems.size())
				.forEach(p -> problems.add(line(p.field(), chunk) + ": " + p.message()));
		}
	}

	private ObjectNode batch(List<Line> chunk, List<String> problems) {
		ObjectNode body = json.createObjectNode();
		ArrayNode messages = body.putArray("batch");
		for (Line line : chunk) {
			try {
				var message = json.readTree(line.text());
				if (message instanceof ObjectNode object) {
					if (!object.hasNonNull("messageId")) {
						object.put("messageId", DerivedMessageIds.of("import-", line.text()));
					}
					messages.add(object);
					continue;
				}
				problems.add("line " + line.number() + ": is not a JSON object");
			}
			catch (JsonProcessingException e) {
				problems.add("line " + line.number() + ": is not valid JSON (" + e.getOriginalMessage() + ")");
			}
			// stands in for the unreadable line, so that the others keep their places and are checked too
			messages.add(json.createObjectNode().put("type", "track").put("userId", "-").put("event", "-"));
		}
		return body;
	}

	/** Reads the file in chunks of non-blank lines (messages); returns how many there were. */
	private long chunks(Path file, ChunkHandler handler) throws IOException {
		long line = 0;
		long messages = 0;
		List<Line> chunk = new ArrayList<>(CHUNK);
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				chunk.add(new Line(line, text));
				messages++;
				if (chunk.size() == CHUNK) {
					handler.handle(chunk);
					chunk = new ArrayList<>(CHUNK);
				}
			}
		}
		if (!chunk.isEmpty()) {
			handler.handle(chunk);
		}
		return messages;
	}

	private static String line(String field, List<Line> chunk) {
		Matcher index = INDEX.matcher(field);
		return index.find() ? "line " + chunk.get(Integer.parseInt(index.group(1))).number() + " " + field.substring(index.end())
				: field;
	}


	@FunctionalInterface
	private interface ChunkHandler {

		void handle(List<Line> chunk);
	}

	private record Line(long number, String text) {
	}
}
