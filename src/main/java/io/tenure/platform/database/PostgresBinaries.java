package io.tenure.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Unpacks the PostgreSQL binaries shipped in the zonky binaries jar once per version into a cache directory. */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	static synchronized Path unpack(Path cache) {
		try {
			byte[] archive;
			try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
				if (in == null) {
					throw new EmbeddedPostgresException("No embedded PostgreSQL binaries for this machine ("
							+ System.getProperty("os.arch") + "); set TENURE_DB_URL to an external PostgreSQL.", null);
				}
				archive = in.readAllBytes();
			}
			Path target = cache.resolve("pg-" + digest(archive));
			if (Files.exists(target.resolve("bin/pg_ctl"))) {
				return target;
			}
			Files.createDirectories(cache);
			Path staging = Files.createTempDirectory(cache, "unpacking-");
			extract(archive, staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException alreadyThere) {
				// another process unpacked the same version first; its copy is as good as ours
				deleteTree(staging);
			}
			return target;
		}
		catch (IOException e) {
			throw new EmbeddedPostgresException("Cannot unpack the embedded PostgreSQL binaries into " + cache + " ("
					+ e.getClass().getSimpleName() + ": " + e.getMessage() + "). Set tenure.embedded-db.binary-cache to a folder "
					+ "this user can write, or TENURE_DB_URL to an external PostgreSQL.", e);
		}
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

	private static void extract(byte[] archive, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
						Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
					}
				}
			}
		}
	}

	private static String digest(byte[] archive) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
