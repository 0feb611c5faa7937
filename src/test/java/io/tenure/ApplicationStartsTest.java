package io.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TenureTest
class ApplicationStartsTest {

	@Autowired
	JdbcClient db;

	@Autowired
	StaffUsers staff;

	@Test
	void migratesTheEmbeddedDatabaseAndCreatesTheFirstAdmin() {
		assertThat(db.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
		assertThat(staff.findByEmail("admin@tenure.test")).hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
	}
}
