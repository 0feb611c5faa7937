package io.tenure.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.usage.EventCategory;
import io.tenure.usage.Taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The base line of a day is kept once computed, until the taxonomy changes what it counts. */
@TenureTest
class BaseLinesTest {

	/** A day no other test writes activity on: the base line is this test's account alone. */
	private static final LocalDate DAY = LocalDate.of(2011, 5, 20);

	@Autowired
	BaseLines baseLines;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient db;

	@Test
	void aRemapThatMakesANameAKnowledgeBaseViewChangesTheBaseLine() {
		String docs = "Doc Page Read " + UUID.randomUUID();
		ActivityFixture fixture = new ActivityFixture(db, DAY, null);
		long reader = fixture.person(UUID.randomUUID() + "@reader.test");
		long other = fixture.person(UUID.randomUUID() + "@other.test");
		fixture.did(reader, 0, "Signed In", 2).did(reader, 1, docs, 4).did(other, 3, "Signed In", 1);
		assertThat(baseLines.asOf(DAY).kbViewsPerActivePerson()).as("the name is not a knowledge-base view yet").isEqualTo(0.0);

		taxonomy.map(docs, EventCategory.KB_VIEW, false, null);

		assertThat(baseLines.asOf(DAY).kbViewsPerActivePerson()).as("4 views over 2 active people, not the kept line").isEqualTo(2.0);
	}
}
