package io.tenure.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.tenure.TenureTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The embedded server listens on localhost, where every user of the machine can reach it: it asks for a password. */
@TenureTest
class EmbeddedDatabaseTest {

	@Autowired
	DataSource dataSource;

	@Test
	void refusesConnectionsWithoutTheGeneratedPassword() throws SQLException {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		assertThat(url).startsWith("jdbc:postgresql://localhost:");

		var noPassword = new Properties();
		noPassword.setProperty("user", "postgres");
		assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close()).isInstanceOf(SQLException.class)
			.hasMessageContaining("password");

		var wrong = new Properties();
		wrong.setProperty("user", "postgres");
		wrong.setProperty("password", "guess");
		assertThatThrownBy(() -> DriverManager.getConnection(url, wrong).close()).isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");

		try (var connection = dataSource.getConnection()) {
			assertThat(connection.isValid(2)).isTrue();
		}
	}
}
