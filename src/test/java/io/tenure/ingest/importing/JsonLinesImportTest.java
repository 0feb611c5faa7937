package io.tenure.ingest.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** JSON Lines import: all or nothing per file, safe to repeat, with problems named by line. */
@TenureTest
class JsonLinesImportTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonLinesImport importer;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient db;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	@TempDir
	Path dir;

	String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void importsPeopleAccountsAndEventsAndStoresNothingTwice() throws Exception {
		Path file = write("good.jsonl", """
				{"type":"identify","userId":"imp-%1$s","traits":{"email":"kim@globex.test","name":"Kim Park"}}
				{"type":"group","userId":"imp-%1$s","groupId":"globex-%1$s","traits":{"name":"Globex %1$s","plan":"Enterprise"}}

				{"type":"track","userId":"imp-%1$s","event":"Report Created","timestamp":"2026-03-02T10:15:00Z","context":{"groupId":"globex-%1$s"}}
				""".formatted(tag));

		ImportReport first = importer.run(file, done -> { });
		ImportReport again = importer.run(file, done -> { });

		assertThat(first.refused()).isFalse();
		assertThat(first.messages()).isEqualTo(3);
		assertThat(first.stored()).isEqualTo(3);
		assertThat(again.stored()).isZero();
		assertThat(again.repeated()).isEqualTo(3);
		assertThat(db.sql("""
				select count(*) from events e join accounts a on a.id = e.account_id join people p on p.id = e.person_id
				where a.external_id = ? and p.external_id = ? and e.name = 'Report Created'
				  and e.occurred_at = timestamptz '2026-03-02T10:15:00Z'""")
			.params("globex-" + tag, "imp-" + tag).query(Long.class).single()).isEqualTo(1);
		assertThat(db.sql("select account_id is not null from people where external_id = ?").param("imp-" + tag)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aFileWithAProblemIsRefusedWholeNamingEveryBadLine() throws Exception {
		Path file = write("bad.jsonl", """
				{"type":"track","userId":"bad-%1$s","event":"Signed In"}
				{"type":"track","userId":"bad-%1$s"}
				not json
				{"type":"teleport","userId":"bad-%1$s"}
				""".formatted(tag));

		ImportReport report = importer.run(file, done -> { });

		assertThat(report.refused()).isTrue();
		assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("line 2 event"))
			.anySatisfy(p -> assertThat(p).startsWith("line 3: is not valid JSON"))
			.anySatisfy(p -> assertThat(p).startsWith("line 4 type"))
			.hasSize(3);
		assertThat(db.sql("select count(*) from events where user_id = ?").param("bad-" + tag).query(Long.class).single()).isZero();
	}

	@Test
	void anUploadRunsInTheBackgroundAndItsPageShowsTheOutcome() throws Exception {
		String lines = """
				{"type":"track","userId":"up-%1$s","event":"Signed In","context":{"groupId":"up-%1$s"}}
				{"type":"track","userId":"up-%1$s","event":"Feature Used","properties":{"feature":"export"}}
				""".formatted(tag);
		UUID id = jobs.start("upload.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!jobs.find(id).orElseThrow().finished() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}

		var job = jobs.find(id).orElseThrow();
		assertThat(job.finished()).isTrue();
		assertThat(job.report().stored()).isEqualTo(2);
		assertThat(job.percent()).isEqualTo(100);
		var staff = new StaffFixtures(staffUsers, apiTokens);
		var admin = WebSession.login(port, staff.member(Role.ADMIN).email(), StaffFixtures.PASSWORD);
		assertThat(admin.get("/admin/import/" + id).expect(200).body()).contains("id=\"import-done\"").contains("2 stored");
		admin.get("/admin/import").expect(200);
		admin.get("/admin/import/" + UUID.randomUUID()).expect(404);
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}
}
