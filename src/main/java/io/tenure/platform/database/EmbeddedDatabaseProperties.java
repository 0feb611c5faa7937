package io.tenure.platform.database;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param binaryCache where the PostgreSQL binaries are unpacked once per version (default: the temp directory)
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
			binaryCache = System.getProperty("java.io.tmpdir") + "/tenure-postgres";
		}
	}
}
