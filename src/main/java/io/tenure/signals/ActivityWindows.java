package io.tenure.signals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts activity in the windows that end with a day, from the daily rollups of the usage module (its
 * published read model) and the taxonomy, for every account or person at once or for some of them.
 * Only days up to the as-of day are read, so a value computed later for a past day is the value that
 * day had, whatever arrived since with a later date. Categories come from the current taxonomy: a
 * remap applies to the past as well.
 */
@Repository
class ActivityWindows {

	/** Days after a ticket in which a key event or the use of a feature counts as success. */
	static final int TICKET_FOLLOW_UP_DAYS = 7;

	static final String PRODUCT_USE = """
			coalesce(n.category, 'OTHER') not in ('EMAIL_DELIVERED', 'EMAIL_OPENED', 'EMAIL_CLICKED', 'TICKET_SOLVED',
			    'TRIAL_STARTED', 'TRIAL_ENDED', 'PASSWORD_RESET')""";

	/**
	 * One aggregate over the window's rows that PostgreSQL can run in parallel, grouped by subject only
	 * (grouping by subject and day first made millions of groups that spilled to disk). Days come as bit
	 * masks: bit i of the active days set when the product was used i days before the day, bit w of the
	 * content weeks when some content was read in week w back from the day.
	 */
	private static final String WINDOWS = """
			select r.%1$s as subject,
			    coalesce(sum(r.events) filter (where n.category = 'LOGIN' and r.day > :day - 7), 0) as logins_7d,
			    coalesce(sum(r.events) filter (where n.category = 'LOGIN' and r.day > :day - 30), 0) as logins_30d,
			    coalesce(sum(r.events) filter (where n.category = 'LOGIN' and r.day <= :day - 30), 0) as logins_prior_60d,
			    max(r.day) filter (where n.category = 'LOGIN') as last_login_90d,
			    coalesce(bit_or(1::bigint << (:day - r.day)) filter (where %3$s and r.day > :day - 30), 0) as active_days_mask,
			    coalesce(sum(r.events) filter (where n.key_event and r.day > :day - 30), 0) as key_events_30d,
			    coalesce(sum(r.events) filter (where n.category = 'KB_VIEW' and r.day > :day - 30), 0) as kb_views_30d,
			    coalesce(sum(r.events) filter (where n.category = 'TICKET_OPENED' and r.day > :day - 30), 0) as tickets_opened_30d,
			    coalesce(sum(r.events) filter (where n.category = 'TICKET_SOLVED' and r.day > :day - 30), 0) as tickets_solved_30d,
			    coalesce(sum(r.events) filter (where n.category = 'EMAIL_DELIVERED' and r.day > :day - 30), 0) as emails_delivered_30d,
			    coalesce(sum(r.events) filter (where n.category = 'EMAIL_OPENED' and r.day > :day - 30), 0) as emails_opened_30d,
			    coalesce(sum(r.events) filter (where n.category = 'EMAIL_CLICKED' and r.day > :day - 30), 0) as emails_clicked_30d,
			    coalesce(sum(r.events) filter (where n.category = 'CONTENT_VIEWED' and r.day > :day - 30), 0) as content_views_30d,
			    coalesce(sum(r.events) filter (where n.category = 'CONTENT_DOWNLOADED' and r.day > :day - 30), 0) as content_downloads_30d,
			    coalesce(bit_or(1::bigint << ((:day - r.day) / 7)) filter (where n.category in ('CONTENT_VIEWED', 'CONTENT_DOWNLOADED')
			        and r.day > :day - 84), 0) as content_weeks_mask,
			    coalesce(sum(r.events) filter (where n.category = 'PASSWORD_RESET' and r.day > :day - 30), 0) as password_resets_30d
			from %2$s r left join event_names n on n.name = r.name
			where r.day > :day - 90 and r.day <= :day and %4$s
			group by r.%1$s""";

	/** Distinct features used in 30 days, counted in two grouping steps (parallel, unlike count(distinct)). */
	private static final String FEATURES = """
			select subject, count(*) as features from (
			    select r.%1$s as subject, r.feature
			    from %2$s r join event_names n on n.name = r.name and n.category = 'FEATURE_USED'
			    where r.day > :day - 30 and r.day <= :day and r.feature <> '' and %3$s
			    group by 1, 2) f
			group by subject""";

	private static final String TICKETS_WITHOUT_SUCCESS = """
			select t.%1$s as subject, sum(t.events) as tickets
			from person_daily_events t join event_names tn on tn.name = t.name and tn.category = 'TICKET_OPENED'
			where t.day > :day - 30 - :followUp and t.day <= :day - :followUp and %2$s
			  and not exists (select 1 from person_daily_events s join event_names sn on sn.name = s.name
			                  where s.person_id = t.person_id and s.day > t.day and s.day <= t.day + :followUp
			                    and (sn.key_event or sn.category = 'FEATURE_USED'))
			group by t.%1$s""";

	/**
	 * What a subject ever did by the day, from the spans (first and last day per event name): the key
	 * events done, and the last login where no login came after the day; a login span that reaches past
	 * the day (logins before and after it) leaves the last login to the window or to {@link #LAST_LOGIN_BEFORE}.
	 */
	private static final String LIFETIME = """
			select s.%1$s as subject,
			       max(s.last_day) filter (where n.category = 'LOGIN' and s.last_day <= :day) as last_login,
			       coalesce(bool_or(n.category = 'LOGIN' and s.last_day > :day), false) as logins_after,
			       count(*) filter (where n.key_event) as key_events_done
			from %2$s s join event_names n on n.name = s.name
			where s.first_day <= :day and (n.category = 'LOGIN' or n.key_event) and %3$s
			group by 1""";

	/**
	 * The last login before the 90-day window, for the few subjects whose spans and window do not tell
	 * it: for each, the primary key read backwards from the window's start to its first login row.
	 */
	private static final String LAST_LOGIN_BEFORE = """
			select s.subject, l.day as last_login
			from unnest(:ids) as s(subject)
			cross join lateral (select r.day from %2$s r
			                    where r.%1$s = s.subject and r.day <= :day - 90
			                      and r.name in (select name from event_names where category = 'LOGIN')
			                    order by r.day desc limit 1) l""";

	private static final String ACTIVE_PEOPLE = """
			select subject, count(*) as people from (
			    select r.account_id as subject, r.person_id
			    from person_daily_events r left join event_names n on n.name = r.name
			    where r.day > :day - 30 and r.day <= :day and %2$s and %1$s
			    group by 1, 2) active
			group by subject""";

	private final JdbcClient db;

	ActivityWindows(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Lets the grouping of a whole base stay in memory (PostgreSQL's default of 4 MB per sort or hash
	 * spills millions of rows to disk); for the current transaction only, and only for whole-base passes.
	 */
	private void roomToGroup(Collection<Long> ids) {
		if (ids == null || ids.size() > 1_000) {
			db.sql("select set_config('work_mem', '256MB', true)").query(String.class).single();
		}
	}

	/** Counts per account; ids null for every account with activity. Accounts without any are absent. */
	Map<Long, ActivityCounts> accounts(LocalDate day, Collection<Long> ids) {
		roomToGroup(ids);
		Map<Long, ActivityCounts> counts = windows("account_id", "account_daily_events", day, ids);
		String filter = filter("r.account_id", ids);
		db.sql(TICKETS_WITHOUT_SUCCESS.formatted("account_id", filter.replace("r.", "t.")))
			.params(params(day, ids)).param("followUp", TICKET_FOLLOW_UP_DAYS)
			.query((ResultSet rs) -> {
				long subject = rs.getLong("subject");
				counts.put(subject, counts.getOrDefault(subject, ActivityCounts.none(true)).withTicketsWithoutSuccess(rs.getLong("tickets")));
			});
		lifetime("account_id", "account_daily_events", day, ids, counts, true);
		Map<Long, Long> people = new HashMap<>();
		db.sql(ACTIVE_PEOPLE.formatted(filter, PRODUCT_USE)).params(params(day, ids))
			.query((ResultSet rs) -> {
				people.put(rs.getLong("subject"), rs.getLong("people"));
			});
		Map<Long, Long> seats = seats(ids);
		counts.replaceAll((id, c) -> c.withPeople(people.getOrDefault(id, 0L), seats.get(id)));
		seats.forEach((id, n) -> counts.computeIfAbsent(id, x -> ActivityCounts.none(true).withPeople(0L, n)));
		return counts;
	}

	/** Counts per person; ids null for every person with activity. */
	Map<Long, ActivityCounts> people(LocalDate day, Collection<Long> ids) {
		roomToGroup(ids);
		Map<Long, ActivityCounts> counts = windows("person_id", "person_daily_events", day, ids);
		db.sql(TICKETS_WITHOUT_SUCCESS.formatted("person_id", filter("t.person_id", ids)))
			.params(params(day, ids)).param("followUp", TICKET_FOLLOW_UP_DAYS)
			.query((ResultSet rs) -> {
				long subject = rs.getLong("subject");
				counts.put(subject, counts.getOrDefault(subject, ActivityCounts.none(false)).withTicketsWithoutSuccess(rs.getLong("tickets")));
			});
		lifetime("person_id", "person_daily_events", day, ids, counts, false);
		return counts;
	}

	/** How many key events (micro-conversions) the taxonomy names now. */
	int keyEventsDefined() {
		return db.sql("select count(*) from event_names where key_event").query(Integer.class).single();
	}

	private Map<Long, ActivityCounts> windows(String key, String table, LocalDate day, Collection<Long> ids) {
		Map<Long, ActivityCounts> counts = new HashMap<>();
		db.sql(WINDOWS.formatted(key, table, PRODUCT_USE, filter("r." + key, ids))).params(params(day, ids))
			.query((ResultSet rs) -> {
				counts.put(rs.getLong("subject"), counts(rs));
			});
		db.sql(FEATURES.formatted(key, table, filter("r." + key, ids))).params(params(day, ids))
			.query((ResultSet rs) -> {
				long subject = rs.getLong("subject");
				counts.put(subject, counts.getOrDefault(subject, ActivityCounts.none(table.startsWith("account")))
					.withFeatures(rs.getLong("features")));
			});
		return counts;
	}

	private void lifetime(String key, String table, LocalDate day, Collection<Long> ids, Map<Long, ActivityCounts> counts,
			boolean account) {
		String subjects = table.replace("daily_events", "event_spans");
		List<Long> unknown = new ArrayList<>();
		db.sql(LIFETIME.formatted(key, subjects, filter("s." + key, ids))).params(params(day, ids))
			.query((ResultSet rs) -> {
				long subject = rs.getLong("subject");
				ActivityCounts found = counts.getOrDefault(subject, ActivityCounts.none(account));
				Date lastLogin = rs.getDate("last_login");
				// a login in the window is the last one; none there, and logins before and after it: look it up
				LocalDate last = found.lastLogin() != null ? found.lastLogin() : lastLogin == null ? null : lastLogin.toLocalDate();
				if (found.lastLogin() == null && rs.getBoolean("logins_after")) {
					unknown.add(subject);
				}
				counts.put(subject, found.withLifetime(last, rs.getLong("key_events_done")));
			});
		if (!unknown.isEmpty()) {
			db.sql(LAST_LOGIN_BEFORE.formatted(key, table)).params(params(day, unknown))
				.query((ResultSet rs) -> {
					LocalDate before = rs.getDate("last_login").toLocalDate();
					counts.computeIfPresent(rs.getLong("subject"), (id, c) -> c.lastLogin() != null && c.lastLogin().isAfter(before) ? c
							: c.withLifetime(before, c.keyEventsDone()));
				});
		}
	}

	/** Licensed seats, from the account trait {@code seats} where it holds a whole number. */
	private Map<Long, Long> seats(Collection<Long> ids) {
		Map<Long, Long> seats = new HashMap<>();
		db.sql("select id, (traits ->> 'seats')::numeric::bigint as seats from accounts r where traits ->> 'seats' ~ '^[0-9]{1,9}(\\.0+)?$' and "
				+ filter("r.id", ids))
			.params(ids == null ? Map.of() : Map.of("ids", ids.toArray(Long[]::new)))
			.query((ResultSet rs) -> {
				seats.put(rs.getLong("id"), rs.getLong("seats"));
			});
		return seats;
	}

	private static ActivityCounts counts(ResultSet rs) throws SQLException {
		return new ActivityCounts(rs.getLong("logins_7d"), rs.getLong("logins_30d"), rs.getLong("logins_prior_60d"),
				Long.bitCount(rs.getLong("active_days_mask") & 0x7F), Long.bitCount(rs.getLong("active_days_mask")), rs.getLong("key_events_30d"),
				rs.getLong("kb_views_30d"), rs.getLong("tickets_opened_30d"), rs.getLong("tickets_solved_30d"), 0,
				rs.getLong("emails_delivered_30d"), rs.getLong("emails_opened_30d"), rs.getLong("emails_clicked_30d"),
				rs.getLong("content_views_30d"), rs.getLong("content_downloads_30d"), Long.bitCount(rs.getLong("content_weeks_mask")),
				rs.getLong("password_resets_30d"), 0, lastLogin(rs.getDate("last_login_90d")), 0, null, null);
	}

	private static LocalDate lastLogin(Date day) {
		return day == null ? null : day.toLocalDate();
	}

	private static String filter(String column, Collection<Long> ids) {
		return ids == null ? "true" : column + " = any(:ids)";
	}

	private static Map<String, Object> params(LocalDate day, Collection<Long> ids) {
		return ids == null ? Map.of("day", day) : Map.of("day", day, "ids", ids.toArray(Long[]::new));
	}
}
