package io.tenure.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param binaryCache where the PostgreSQL binaries are unpacked once per version; by default a folder of
 *        the user's own (~/.cache/tenure), never one shared with other users, who could swap the binaries
 * @param port 0 for any free port
 * @param durable fsync, synchronous_commit and full_page_writes on (production) or off (throw-away test data)
 * @param settings further server settings (name to value)
 */
@ConfigurationProperties("tenure.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") String dataDirectory,
		String binaryCache, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, Map<String, String> settings) {

	EmbeddedDatabaseProperties {
		settings = settings == null ? Map.of() : Map.copyOf(settings);
		if (binaryCache == null || binaryCache.isBlank()) {
			binaryCache = defaultBinaryCache();
		}
	}

	private static String defaultBinaryCache() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path home = Path.of(System.getProperty("user.home"));
		Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
		if (Files.isWritable(cache) || (!Files.exists(cache) && Files.isWritable(home))) {
			return cache.resolve("tenure").resolve("postgres").toString();
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "tenure-postgres-" + System.getProperty("user.name")).toString();
	}
}
