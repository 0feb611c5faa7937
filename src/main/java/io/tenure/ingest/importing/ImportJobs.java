package io.tenure.ingest.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Uploaded files imported one after another in the background, with their progress for the page that
 * polls it. A finished job's report is kept for a day, then forgotten.
 */
@Component
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final Duration KEPT = Duration.ofDays(1);

	private final JsonLinesImport importer;
	private final Clock clock;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "tenure-import"));
	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	ImportJobs(JsonLinesImport importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	/** Starts importing an upload; a file that is not UTF-8 text is refused at once, and its copy deleted. */
	public UUID start(String fileName, InputStream upload) throws IOException {
		Path file = Files.createTempFile("tenure-import-", ".jsonl");
		long messages;
		try {
			Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
			try (var lines = Files.lines(file)) {
				messages = lines.filter(line -> !line.isBlank()).count();
			}
		}
		catch (IOException | java.io.UncheckedIOException e) {
			Files.deleteIfExists(file);
			if (e instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() instanceof java.nio.charset.CharacterCodingException) {
				throw new io.tenure.platform.InvalidInputException("file", "is not UTF-8 text");
			}
			throw e;
		}
		var job = new Job(UUID.randomUUID(), fileName, messages);
		jobs.put(job.id, job);
		worker.submit(() -> {
			try {
				job.report = importer.run(file, job.done::set);
			}
			catch (Exception e) {
				log.error("Import of {} failed", fileName, e);
				job.report = new ImportReport(job.total, 0, 0, List.of("the import failed: " + e.getMessage()));
			}
			finally {
				job.finishedAt = clock.instant();
				job.finished = true;
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					log.warn("Could not delete {}", file);
				}
			}
		});
		return job.id;
	}

	public Optional<Job> find(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** Forgets the jobs finished longer ago than {@link #KEPT}. */
	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	void prune() {
		prune(clock.instant());
	}

	void prune(Instant now) {
		Instant before = now.minus(KEPT);
		jobs.values().removeIf(job -> job.finished && job.finishedAt.isBefore(before));
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/** One upload: how far it got and, when finished, its report. */
	public static final class Job {

		final UUID id;
		final String fileName;
		final long total;
		final AtomicLong done = new AtomicLong();
		volatile boolean finished;
		volatile Instant finishedAt;
		volatile ImportReport report;

		Job(UUID id, String fileName, long total) {
			this.id = id;
			this.fileName = fileName;
			this.total = total;
		}

		public UUID id() { return id; }
		public String fileName() { return fileName; }
		public long total() { return total; }
		public long done() { return done.get(); }
		public boolean finished() { return finished; }
		public ImportReport report() { return report; }
		public int percent() { return total == 0 ? 100 : (int) (100 * done.get() / total); }
	}
}
