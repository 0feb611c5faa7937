package io.tenure.ingest.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.tenure.platform.InvalidInputException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * CSV files uploaded and waiting for their column mapping; a file goes when it is imported, or when it
 * has waited six hours (an upload left behind).
 */
@Component
public class CsvUploads {

	/** How long an upload waits for its column mapping before its file is deleted. */
	static final Duration KEPT = Duration.ofHours(6);

	private final Map<UUID, Upload> uploads = new ConcurrentHashMap<>();
	private final CsvImport importer;
	private final Clock clock;

	CsvUploads(CsvImport importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	public Upload store(String fileName, CsvKind kind, InputStream content) throws IOException {
		Path file = Files.createTempFile("tenure-csv-", ".csv");
		try {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			var upload = new Upload(UUID.randomUUID(), fileName, kind, file, importer.columns(file), clock.instant());
			if (upload.columns().isEmpty()) {
				throw new InvalidInputException("file", "has no header row naming its columns");
			}
			uploads.put(upload.id(), upload);
			return upload;
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "is not a CSV file in UTF-8 with a header row");
		}
	}

	public Optional<Upload> find(UUID id) {
		return Optional.ofNullable(uploads.get(id));
	}

	public ImportReport importAndForget(Upload upload, Map<String, String> mapping) throws IOException {
		try {
			return importer.run(upload.file(), upload.kind(), mapping);
		}
		finally {
			uploads.remove(upload.id());
			Files.deleteIfExists(upload.file());
		}
	}

	/** Deletes the uploads left waiting for their mapping longer than {@link #KEPT}. */
	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	void prune() throws IOException {
		prune(clock.instant());
	}

	void prune(Instant now) throws IOException {
		Instant before = now.minus(KEPT);
		for (Upload upload : uploads.values()) {
			if (upload.storedAt().isBefore(before) && uploads.remove(upload.id(), upload)) {
				Files.deleteIfExists(upload.file());
			}
		}
	}

	@PreDestroy
	void deleteAll() throws IOException {
		for (Upload upload : uploads.values()) {
			Files.deleteIfExists(upload.file());
		}
	}

	/** A file waiting for its mapping. */
	public record Upload(UUID id, String fileName, CsvKind kind, Path file, java.util.List<String> columns, Instant storedAt) {
	}
}
