package io.tenure.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.tenure.usage.TaxonomyChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How the base behaves as of a day, computed over every account's people. A past day's line is kept in
 * memory once computed; today's is recomputed when it is more than ten minutes old.
 */
@Repository
public class BaseLines {

	private static final long TODAY_TTL_MILLIS = 10 * 60 * 1000;

	private final JdbcClient db;
	private final Clock clock;
	private final ConcurrentHashMap<LocalDate, Timed> cache = new ConcurrentHashMap<>();
	private final AtomicLong forgotten = new AtomicLong();

	private record Timed(BaseLine line, long at) {
	}

	BaseLines(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public BaseLine asOf(LocalDate day) {
		long now = clock.millis();
		boolean past = day.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
		Timed timed = cache.get(day);
		if (timed == null || (!past && now - timed.at() > TODAY_TTL_MILLIS)) {
			long before = forgotten.get();
			timed = new Timed(compute(day), now);
			if (cache.size() > 1000) {
				cache.clear();
			}
			// a line computed while the taxonomy changed may count the old categories: used once, not kept
			if (forgotten.get() == before) {
				cache.put(day, timed);
			}
		}
		return timed.line();
	}

	/** Forgets what was computed (after a change of the taxonomy, or in tests that write history). */
	public void forget() {
		forgotten.incrementAndGet();
		cache.clear();
	}

	/** A remapped name changes which views count as knowledge-base views and who counts as active. */
	@TransactionalEventListener(fallbackExecution = true)
	void taxonomyChanged(TaxonomyChanged changed) {
		forget();
	}

	private BaseLine compute(LocalDate day) {
		Double median = db.sql("""
				select percentile_cont(0.5) within group (order by kb::float8 / people) from (
				    select account_id, sum(kb) as kb, count(*) filter (where used) as people from (
				        select r.account_id, r.person_id, coalesce(sum(r.events) filter (where n.category = 'KB_VIEW'), 0) as kb,
				               bool_or(%s) as used
				        from person_daily_events r left join event_names n on n.name = r.name
				        where r.day > ? - 30 and r.day <= ? and r.account_id is not null
				        group by 1, 2) per_person
				    group by account_id) per_account
				where people > 0""".formatted(ActivityWindows.PRODUCT_USE))
			.params(day, day).query(Double.class).optional().orElse(null);
		return new BaseLine(day, median);
	}
}
