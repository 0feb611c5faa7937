package io.tenure.signals;

import java.time.LocalDate;

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
		db.sql("""
				insert into account_daily_events (account_id, day, name, feature, events) values (?, ?, ?, ?, ?)
				on conflict (account_id, day, name, feature) do update set events = account_daily_events.events + excluded.events""")
			.params(accountId, day, name, feature, events).update();
		db.sql("""
				insert into person_daily_events (person_id, day, name, feature, account_id, events) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events""")
			.params(personId, day, name, feature, accountId, events).update();
		return this;
	}

	ActivityFixture did(long personId, int daysBack, String name, int events) {
		return did(personId, daysBack, name, "", events);
	}
}
