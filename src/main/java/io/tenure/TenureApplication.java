package io.tenure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TenureApplication {

	/**
	 * Runs Tenure; {@code import FILE...} instead imports files of Segment messages into its database
	 * (on a free port, without the demo, without recomputing scores: the next start does) and exits: 0
	 * when all went in, 1 when a file was refused.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			List<String> arguments = new ArrayList<>(List.of(args));
			arguments.addAll(List.of("--tenure.command=import", "--tenure.demo.enabled=false", "--server.port=0",
					"--tenure.health.catch-up-on-start=false"));
			System.exit(SpringApplication.exit(SpringApplication.run(TenureApplication.class, arguments.toArray(String[]::new))));
		}
		SpringApplication.run(TenureApplication.class, args);
	}
}
