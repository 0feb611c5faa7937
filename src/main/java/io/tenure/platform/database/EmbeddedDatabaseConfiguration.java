package io.tenure.platform.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;


import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code TENURE_DB_URL} (spring.datasource.url), Tenure runs its own PostgreSQL on a data
 * directory that is kept across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		Map<String, String> settings = new LinkedHashMap<>();
		String durable = properties.durable() ? "on" : "off";
		settings.put("fsync", durable);
		settings.put("synchronous_commit", durable);
		settings.put("full_page_writes", durable);
		settings.put("max_connections", "100");
		settings.putAll(properties.settings());
		return EmbeddedPostgresServer.start(Path.of(properties.binaryCache()), Path.of(properties.dataDirectory()),
				properties.port(), settings);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
		dataSource.setPassword(server.password());
		dataSource.setPoolName("tenure-embedded");
		return dataSource;
	}
}
