package io.tenure.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's superuser password: random, made once, kept beside the data directory in a
 * file only its owner can read ({@code data/postgres.password}).
 */
final class ServerPassword {

	private ServerPassword() {
	}

	static Path create(Path dataDirectory) {
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		Path file = file(dataDirectory);
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n", StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot write the database password to " + file + ": " + e.getMessage(), e);
		}
	}

	static String read(Path dataDirectory) {
		Path file = file(dataDirectory);
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot read the database password from " + file + ": " + e.getMessage(), e);
		}
	}

	private static Path file(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
	}
}
