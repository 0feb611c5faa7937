package io.tenure.usage;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rollup rows written straight into the tables, for fixtures that describe activity by day rather than
 * as events: the row added to the day's count and the subject's span for that name widened to the day,
 * as {@link Rollups} keeps them.
 */
public final class RollupRows {

	private RollupRows() {
	}

	/** Adds {@code events} of the name (and feature) to the account's day. */
	public static void account(JdbcClient db, long accountId, LocalDate day, String name, String feature, int events) {
		db.sql("""
				insert into account_daily_events (account_id, day, name, feature, events) values (?, ?, ?, ?, ?)
				on conflict (account_id, day, name, feature) do update set events = account_daily_events.events + excluded.events""")
			.params(accountId, day, name, feature, events).update();
		widen(db, "account", accountId, name, day);
	}

	/** Adds {@code events} of the name (and feature) to the person's day, in the account. */
	public static void person(JdbcClient db, long personId, long accountId, LocalDate day, String name, String feature, int events) {
		db.sql("""
				insert into person_daily_events (person_id, day, name, feature, account_id, events) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, day, name, feature) do update set events = person_daily_events.events + excluded.events""")
			.params(personId, day, name, feature, accountId, events).update();
		widen(db, "person", personId, name, day);
	}

	/** The account's spans again from its rollup rows, after rows were written in bulk. */
	public static void accountSpans(JdbcClient db, long accountId) {
		db.sql("""
				insert into account_event_spans (account_id, name, first_day, last_day)
				select account_id, name, min(day), max(day) from account_daily_events where account_id = ? group by 1, 2
				on conflict (account_id, name) do update set first_day = excluded.first_day, last_day = excluded.last_day""")
			.param(accountId).update();
	}

	private static void widen(JdbcClient db, String subject, long id, String name, LocalDate day) {
		db.sql("""
				insert into %1$s_event_spans as s (%1$s_id, name, first_day, last_day) values (?, ?, ?, ?)
				on conflict (%1$s_id, name) do update set first_day = least(s.first_day, excluded.first_day),
				    last_day = greatest(s.last_day, excluded.last_day)""".formatted(subject))
			.params(id, name, day, day).update();
	}
}
