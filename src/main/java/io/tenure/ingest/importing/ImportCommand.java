package io.tenure.ingest.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tenure.usage.RollupFollower;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar tenure.jar import events.jsonl [more.jsonl ...]}: imports and reports on the console. */
@Component
@ConditionalOnProperty(name = "tenure.command", havingValue = "import")
@Order(100)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final JsonLinesImport importer;
	private final RollupFollower rollups;
	private int exitCode;

	ImportCommand(JsonLinesImport importer, RollupFollower rollups) {
		this.importer = importer;
		this.rollups = rollups;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
		if (files.isEmpty()) {
			System.err.println("usage: java -jar tenure.jar import FILE.jsonl [FILE.jsonl ...]  (one Segment message a line)");
			exitCode = 2;
			return;
		}
		for (String name : files) {
			Path file = Path.of(name);
			if (!Files.isReadable(file)) {
				System.err.println(name + ": cannot be read");
				exitCode = 1;
				continue;
			}
			ImportReport report = importer.run(file, done -> {
				if (done % 10_000 == 0) {
					System.out.println(name + ": " + done + " messages stored so far");
				}
			});
			if (report.refused()) {
				System.err.println(name + ": refused, nothing stored:");
				report.problems().forEach(problem -> System.err.println("  " + problem));
				exitCode = 1;
			}
			else {
				System.out.printf("%s: %d messages, %d stored, %d already stored before%n", name, report.messages(), report.stored(),
						report.repeated());
			}
		}
		rollups.catchUp(); // the rollups count the imported events before Tenure stops
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
