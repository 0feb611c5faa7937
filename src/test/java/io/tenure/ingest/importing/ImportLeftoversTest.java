package io.tenure.ingest.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tenure.TenureTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** What imports leave behind is cleared: a finished job's report after a day, an unmapped CSV upload after six hours. */
@TenureTest
class ImportLeftoversTest {

	@Autowired
	ImportJobs jobs;

	@Autowired
	CsvUploads uploads;

	@Test
	void aCsvUploadLeftWithoutItsMappingIsDeletedAfterSixHours() throws Exception {
		var upload = uploads.store("left.csv", CsvKind.ACCOUNTS,
				new ByteArrayInputStream("Account Name,Website\nLeft Behind,left.example\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(upload.file()).exists();

		uploads.prune(upload.storedAt().plus(Duration.ofHours(5)));
		assertThat(uploads.find(upload.id())).isPresent();
		assertThat(upload.file()).exists();

		uploads.prune(upload.storedAt().plus(CsvUploads.KEPT).plusSeconds(1));
		assertThat(uploads.find(upload.id())).isEmpty();
		assertThat(Files.exists(upload.file())).as("the uploaded copy is deleted").isFalse();
	}

	@Test
	void aFinishedImportsReportIsKeptForADay() throws Exception {
		UUID id = jobs.start("one.jsonl", new ByteArrayInputStream(
				"{\"type\":\"track\",\"userId\":\"leftover-user\",\"event\":\"Signed In\",\"messageId\":\"leftover-%s\"}\n"
					.formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!jobs.find(id).orElseThrow().finished() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(jobs.find(id).orElseThrow().finished()).isTrue();
		Instant finished = Instant.now();

		jobs.prune(finished.plus(Duration.ofHours(23)));
		assertThat(jobs.find(id)).as("kept for the page that shows its report").isPresent();

		jobs.prune(finished.plus(ImportJobs.KEPT).plusSeconds(5));
		assertThat(jobs.find(id)).isEmpty();
	}
}
