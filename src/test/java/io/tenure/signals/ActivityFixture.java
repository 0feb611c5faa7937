package io.tenure.signals;

import java.time.LocalDate;

import io.tenure.usage.RollupRows;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes daily rollup rows straight into the rollup tables (the signals' input; the rollups themselves
 * are tested against the events in the usage module): one account, people made up on the spot, and
 * days counted back from an as-of day.
 */
final class ActivityFixture {

	private final JdbcClient db;
	final LocalDate asOf;
	final long accountId;

	ActivityFixture(JdbcClient db, LocalDate asOf, String seats) {
		this.db = db;
		this.asOf = asOf;
		String traits = seats == null ? "{}" : "{\"seats\": " + seats + "}";
		this.accountId = db.sql("""
				insert into accounts (name, tier, lifecycle_stage, traits) values ('Signals fixture', 'STANDARD', 'ADOPTION', ?::jsonb)
				returning id""").param(traits).query(Long.class).single();
	}

	long person(String email) {
		return db.sql("insert into people (account_id, email) values (?, ?) returning id").params(accountId, email)
			.query(Long.class).single();
	}

	/** {@code events} of {@code name} by the person {@code daysBack} days before the as-of day (negative: after it). */
	ActivityFixture did(long personId, int daysBack, String name, String feature, int events) {
		LocalDate day = asOf.minusDays(daysBack);
		RollupRows.account(db, accountId, day, name, feature, events);
		RollupRows.person(db, personId, accountId, day, name, feature, events);
		return this;
	}

	ActivityFixture did(long personId, int daysBack, String name, int events) {
		return did(personId, daysBack, name, "", events);
	}
}
