package io.tenure.ingest.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tenure.ingest.Call;
import io.tenure.ingest.Ingestion;
import io.tenure.usage.CallType;

import org.springframework.stereotype.Component;

/**
 * Imports accounts or people from a CSV file (a CRM export, say) with the columns mapped to Tenure's
 * fields. Each row becomes the Segment call that describes it (group for an account, identify for a
 * person), so a CSV import means exactly what the same data sent through the tracking API would:
 * every column is kept as a trait. The whole file is checked first; a row's message id is made from
 * the row, so importing the file again changes nothing.
 */
@Component
public class CsvImport {

	static final int CHUNK = 1_000;
	private static final int MAX_PROBLEMS = 20;
	private static final int MAX_ID = 200;
	private static final CsvMapper csv = new CsvMapper();

	private final Ingestion ingestion;
	private final Clock clock;

	CsvImport(Ingestion ingestion, Clock clock) {
		this.ingestion = ingestion;
		this.clock = clock;
	}

	/** The file's columns, as its header names them. */
	public List<String> columns(Path file) throws IOException {
		try (MappingIterator<Map<String, String>> rows = rows(file)) {
			rows.hasNext();
			CsvSchema schema = (CsvSchema) rows.getParserSchema();
			List<String> columns = new ArrayList<>();
			schema.forEach(column -> columns.add(column.getName()));
			return columns;
		}
	}

	/** Imports the rows; {@code mapping} names the column of each Tenure field (see {@link CsvKind#required()}). */
	public ImportReport run(Path file, CsvKind kind, Map<String, String> mapping) throws IOException {
		for (String field : kind.required()) {
			if (mapping.get(field) == null || mapping.get(field).isBlank()) {
				return new ImportReport(0, 0, 0, List.of(field + ": choose the column it comes from"));
			}
		}
		List<String> problems = new ArrayList<>();
		Instant checkedAt = clock.instant();
		long rows;
		try {
			rows = each(file, (row, number) -> {
				if (problems.size() < MAX_PROBLEMS) {
					check(kind, mapping, row, number, checkedAt).ifPresent(problems::add);
				}
			});
		}
		catch (com.fasterxml.jackson.core.JacksonException e) {
			return notCsv(e);
		}
		catch (RuntimeException e) {
			// Jackson's row iterator wraps what it cannot read in a RuntimeException
			if (e instanceof com.fasterxml.jackson.databind.RuntimeJsonMappingException
					|| e.getCause() instanceof com.fasterxml.jackson.core.JacksonException) {
				return notCsv(e);
			}
			throw e;
		}
		if (!problems.isEmpty()) {
			return new ImportReport(rows, 0, 0, problems);
		}
		Instant now = clock.instant();
		List<Call> chunk = new ArrayList<>(CHUNK);
		long[] stored = { 0 };
		each(file, (row, line) -> {
			chunk.add(call(kind, mapping, row, now));
			if (chunk.size() == CHUNK) {
				stored[0] += ingestion.ingest(List.copyOf(chunk), null);
				chunk.clear();
			}
		});
		if (!chunk.isEmpty()) {
			stored[0] += ingestion.ingest(chunk, null);
		}
		return new ImportReport(rows, stored[0], rows - stored[0], List.of());
	}

	private static java.util.Optional<String> check(CsvKind kind, Map<String, String> mapping, Map<String, String> row, long number,
			Instant now) {
		for (String field : kind.required()) {
			String value = row.get(mapping.get(field));
			if (value == null || value.isBlank()) {
				return java.util.Optional.of("row " + number + ": the " + field + " column '" + mapping.get(field) + "' is empty");
			}
			if (value.trim().length() > MAX_ID) {
				return java.util.Optional.of("row " + number + ": the " + field + " is longer than " + MAX_ID + " characters");
			}
		}
		for (Map.Entry<String, String> cell : row.entrySet()) {
			if (cell.getValue() != null && cell.getValue().indexOf('\0') >= 0) {
				return java.util.Optional.of("row " + number + ": the column '" + cell.getKey() + "' holds a NUL character, which cannot be stored");
			}
		}
		if (kind == CsvKind.EVENTS && mapping.get("timestamp") != null) {
			try {
				Instant at = EventTime.parse(row.get(mapping.get("timestamp")), now);
				if (at.isBefore(EventTime.EARLIEST) || at.isAfter(now.plus(java.time.Duration.ofDays(1)))) {
					return java.util.Optional.of("row " + number + ": the time " + at + " is before 2000 or more than a day ahead");
				}
			}
			catch (java.time.format.DateTimeParseException e) {
				return java.util.Optional.of("row " + number + ": '" + row.get(mapping.get("timestamp"))
						+ "' is not a time such as 2026-01-31T12:00:00Z or a date such as 2026-01-31");
			}
		}
		return java.util.Optional.empty();
	}

	private static ImportReport notCsv(Exception e) {
		return new ImportReport(0, 0, 0, List.of("the file is not valid CSV: " + e.getMessage().lines().findFirst().orElse("")));
	}

	private static Call call(CsvKind kind, Map<String, String> mapping, Map<String, String> row, Instant now) {
		Map<String, Object> traits = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (value != null && !value.isBlank()) {
				traits.put(column, value.trim());
			}
		});
		mapping.forEach((field, column) -> {
			String value = column == null ? null : row.get(column);
			if (value != null && !value.isBlank() && !field.equals("externalId") && !field.equals("account")) {
				traits.put(field, value.trim());
			}
		});
		String messageId = DerivedMessageIds.of("csv-", kind + "|" + row);
		String account = mapping.get("account") == null ? null : row.get(mapping.get("account"));
		String groupId = account == null || account.isBlank() ? null : account.trim();
		Map<String, Object> context = groupId == null ? Map.of() : Map.of("groupId", groupId);
		if (kind == CsvKind.EVENTS) {
			traits.keySet().removeAll(List.of("userId", "event", "timestamp"));
			mapping.forEach((field, column) -> traits.remove(column));
			Instant at = mapping.get("timestamp") == null ? now : EventTime.parse(row.get(mapping.get("timestamp")), now);
			return new Call(CallType.TRACK, messageId, row.get(mapping.get("userId")).trim(), null,
					row.get(mapping.get("event")).trim(), groupId, null, traits, Map.of(), context, at, now);
		}
		String id = row.get(mapping.get("externalId")).trim();
		if (kind == CsvKind.ACCOUNTS) {
			return new Call(CallType.GROUP, messageId, null, null, null, id, null, Map.of(), traits, Map.of(), now, now);
		}
		return new Call(CallType.IDENTIFY, messageId, id, null, null, groupId, null, Map.of(), traits, context, now, now);
	}

	/** Hands each data row to the handler with its number (1 for the row after the header); returns the count. */
	private long each(Path file, RowHandler handler) throws IOException {
		long number = 0;
		try (MappingIterator<Map<String, String>> rows = rows(file)) {
			while (rows.hasNext()) {
				number++;
				handler.handle(rows.next(), number);
			}
		}
		return number;
	}

	private static MappingIterator<Map<String, String>> rows(Path file) throws IOException {
		Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return csv.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
	}


	@FunctionalInterface
	private interface RowHandler {

		void handle(Map<String, String> row, long number);
	}
}
