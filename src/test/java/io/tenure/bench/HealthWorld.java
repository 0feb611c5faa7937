package io.tenure.bench;

import java.util.function.IntConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health benchmark's world, written straight into the tables in SQL: accounts (a twentieth KEY,
 * a fifth LARGE) with their history rows, people spread evenly over them, and a year of events with
 * the demo's mix of names, spread unevenly (some accounts far busier than others) so that scores vary.
 * Loading drops the events' secondary indexes and builds them again after, as a bulk load would.
 */
final class HealthWorld {

	private static final String NAMES = """
			case when r < 0.25 then 'Signed In' when r < 0.50 then 'Feature Used' when r < 0.72 then 'Email Delivered'
			     when r < 0.80 then 'Email Opened' when r < 0.83 then 'Email Link Clicked' when r < 0.90 then 'Page Viewed'
			     when r < 0.93 then 'Article Viewed' when r < 0.95 then 'Report Created' when r < 0.96 then 'Content Viewed'
			     when r < 0.965 then 'Content Downloaded' when r < 0.975 then 'Ticket Created' when r < 0.985 then 'Ticket Solved'
			     when r < 0.99 then 'Password Reset Requested' when r < 0.995 then 'User Invited' else 'Integration Connected' end""";

	private final JdbcClient db;
	private final int accounts;
	private final int people;

	HealthWorld(JdbcClient db, int accounts, int people) {
		this.db = db;
		this.accounts = accounts;
		this.people = people;
	}

	long events() {
		return db.sql("select count(*) from events").query(Long.class).single();
	}

	void accountsAndPeople() {
		db.sql("""
				insert into accounts (external_id, name, tier, lifecycle_stage, customer_since, traits)
				select 'hb-' || g, 'Bench account ' || g,
				       case when g % 20 = 0 then 'KEY' when g % 5 = 0 then 'LARGE' else 'STANDARD' end,
				       case when g % 10 = 0 then 'ONBOARDING' else 'MATURE' end, current_date - 400,
				       case when g % 3 = 0 then '{"seats": 25}'::jsonb else '{}'::jsonb end
				from generate_series(1, ?) g""").param(accounts).update();
		db.sql("""
				insert into account_versions (account_id, valid_from, tier, lifecycle_stage)
				select id, now() - interval '400 days', tier, lifecycle_stage from accounts""").update();
		db.sql("""
				insert into people (account_id, external_id, email)
				select a.id, 'hbp-' || g, 'p' || g || '@bench.test'
				from generate_series(1, ?) g join accounts a on a.external_id = 'hb-' || (1 + (g - 1) % ?)""")
			.params(people, accounts).update();
	}

	/** Appends events in chunks, telling how many are in after each. */
	void events(long total, int chunk, IntConsumer progress) {
		long firstAccount = db.sql("select min(id) from accounts").query(Long.class).single();
		long firstPerson = db.sql("select min(id) from people").query(Long.class).single();
		int perAccount = people / accounts;
		for (String index : new String[] { "events_account_time", "events_person_time", "events_anonymous", "events_occurred_at_brin" }) {
			db.sql("drop index if exists " + index).update();
		}
		for (long from = events(); from < total; from += chunk) {
			long to = Math.min(total, from + chunk);
			// an account's busyness: power(random, 2) makes most accounts quiet and some busy
			db.sql("""
					insert into events (message_id, type, name, account_id, person_id, user_id, occurred_at, received_at, properties)
					select 'hb-' || g, 'track', n, :a0 + a, :p0 + a + :accounts * floor(random() * :perAccount)::int, null, t, t,
					       case when n = 'Feature Used' then jsonb_build_object('feature', 'feature-' || floor(random() * 12)::int)
					            else '{}'::jsonb end
					from (select g, floor(power(random(), 2) * :accounts)::int as a, random() as r,
					             now() - random() * interval '365 days' as t
					      from generate_series(:from + 1, :to) g) x,
					     lateral (select %s as n) names""".formatted(NAMES))
				.param("a0", firstAccount).param("p0", firstPerson).param("accounts", accounts).param("perAccount", perAccount)
				.param("from", from).param("to", to).update();
			progress.accept((int) (to / 1000));
		}
		db.sql("create index events_occurred_at_brin on events using brin (occurred_at)").update();
		db.sql("create index events_account_time on events (account_id, occurred_at desc) where account_id is not null").update();
		db.sql("create index events_person_time on events (person_id, occurred_at desc) where person_id is not null").update();
		db.sql("create index events_anonymous on events (anonymous_id) where person_id is null and anonymous_id is not null").update();
		db.sql("analyze").update();
	}
}
