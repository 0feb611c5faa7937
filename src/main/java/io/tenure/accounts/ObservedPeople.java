package io.tenure.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the product's data shows them (Segment identify calls, a userId on any call): created on
 * first sight with their traits, seen times kept current, linked to the account of a group call.
 */
@Repository
public class ObservedPeople {

	private final JdbcClient db;
	private final Traits traits;
	private final Clock clock;

	ObservedPeople(JdbcClient db, Traits traits, Clock clock) {
		this.db = db;
		this.traits = traits;
		this.clock = clock;
	}

	/**
	 * The person with this Segment userId; created if new, at {@code accountId} when they have no
	 * account yet. {@code seenAt} is when the call saw them, or null when it did not (a sync, a mail
	 * delivered to them). Returns their id and account.
	 */
	@Transactional
	public Seen observe(String userId, Map<String, Object> observed, Long accountId, Instant seenAt) {
		SegmentTraits t = new SegmentTraits(observed);
		OffsetDateTime seen = seenAt == null ? null : seenAt.atOffset(ZoneOffset.UTC);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		return db.sql("""
				insert into people (external_id, email, name, title, account_id, first_seen_at, last_seen_at, traits, created_at, updated_at)
				values (:userId, :email, :name, :title, :account, :seen, :seen, cast(:traits as jsonb), :now, :now)
				on conflict (external_id) do update set
				    email = coalesce(excluded.email, people.email), name = coalesce(excluded.name, people.name),
				    title = coalesce(excluded.title, people.title), account_id = coalesce(people.account_id, excluded.account_id),
				    first_seen_at = least(people.first_seen_at, excluded.first_seen_at),
				    last_seen_at = greatest(people.last_seen_at, excluded.last_seen_at),
				    traits = people.traits || excluded.traits,
				    updated_at = excluded.updated_at,
				    version = people.version + case when (people.email, people.name, people.title, people.account_id, people.traits)
				        is distinct from (coalesce(excluded.email, people.email), coalesce(excluded.name, people.name),
				                          coalesce(excluded.title, people.title), coalesce(people.account_id, excluded.account_id),
				                          people.traits || excluded.traits) then 1 else 0 end
				returning id, account_id""")
			.param("userId", userId).param("email", t.text("email", 254)).param("name", name(t)).param("title", t.text("title", 200))
			.param("account", accountId).param("seen", seen).param("traits", traits.write(observed)).param("now", now)
			.query((rs, n) -> new Seen(rs.getLong("id"), (Long) rs.getObject("account_id")))
			.single();
	}

	/**
	 * The existing people with these user ids, held in one order until the transaction ends, so that
	 * overlapping batches do not deadlock.
	 */
	@Transactional
	public Map<String, Seen> hold(java.util.Collection<String> userIds) {
		Map<String, Seen> held = new java.util.HashMap<>();
		if (!userIds.isEmpty()) {
			db.sql("select external_id, id, account_id from people where external_id = any(?) order by external_id for update")
				.param(userIds.stream().distinct().toArray(String[]::new))
				.query((rs, n) -> held.put(rs.getString("external_id"), new Seen(rs.getLong("id"), (Long) rs.getObject("account_id"))))
				.list();
		}
		return held;
	}

	/** The people with these user ids, as they are now, without holding them. */
	public Map<String, Seen> read(java.util.Collection<String> userIds) {
		Map<String, Seen> found = new java.util.HashMap<>();
		if (!userIds.isEmpty()) {
			db.sql("select external_id, id, account_id from people where external_id = any(?)")
				.param(userIds.stream().distinct().toArray(String[]::new))
				.query((rs, n) -> found.put(rs.getString("external_id"), new Seen(rs.getLong("id"), (Long) rs.getObject("account_id"))))
				.list();
		}
		return found;
	}

	/** A group call: the person belongs to this account from now on. */
	@Transactional
	public void link(long personId, long accountId) {
		db.sql("update people set account_id = ?, updated_at = ?, version = version + 1 where id = ? and account_id is distinct from ?")
			.params(accountId, clock.instant().atOffset(ZoneOffset.UTC), personId, accountId).update();
	}

	/**
	 * Sightings of known people, in one statement: first and last seen move only when they change by
	 * more than a minute, so that a busy user does not rewrite their row with every batch. Rows another
	 * transaction holds are left, not waited for: their ids are returned, to be tried again.
	 */
	@Transactional
	public Set<Long> seenUnlessHeld(Map<Long, Instant> first, Map<Long, Instant> last) {
		if (last.isEmpty()) {
			return Set.of();
		}
		Long[] ids = last.keySet().stream().sorted().toArray(Long[]::new);
		String[] firsts = new String[ids.length];
		String[] lasts = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			firsts[i] = first.get(ids[i]).toString();
			lasts[i] = last.get(ids[i]).toString();
		}
		return new java.util.HashSet<>(db.sql("""
				with v as (select * from unnest(?::bigint[], ?::timestamptz[], ?::timestamptz[]) as v(id, first, last)),
				due as (
				    select p.id, v.first, v.last from people p join v on v.id = p.id
				    where p.last_seen_at is null or p.first_seen_at is null
				       or v.last > p.last_seen_at + interval '1 minute' or v.first < p.first_seen_at - interval '1 minute'),
				free as (select p.id from people p where p.id in (select id from due) order by p.id for update of p skip locked),
				moved as (
				    update people p set first_seen_at = least(p.first_seen_at, d.first), last_seen_at = greatest(p.last_seen_at, d.last)
				    from due d where p.id = d.id and p.id in (select id from free) returning p.id)
				select id from due where id not in (select id from moved)""")
			.params(ids, firsts, lasts).query(Long.class).list());
	}

	public Optional<Seen> find(String userId) {
		return db.sql("select id, account_id from people where external_id = ?").param(userId)
			.query((rs, n) -> new Seen(rs.getLong("id"), (Long) rs.getObject("account_id"))).optional();
	}

	/**
	 * Folds the person known as {@code previousId} into {@code into} (Segment alias): traits, seen times
	 * and account carry over, and the old record goes. Their events are moved by the caller first.
	 */
	@Transactional
	public void merge(long previous, long into) {
		db.sql("""
				update people p set traits = o.traits || p.traits, email = coalesce(p.email, o.email), name = coalesce(p.name, o.name),
				    title = coalesce(p.title, o.title), account_id = coalesce(p.account_id, o.account_id),
				    first_seen_at = least(p.first_seen_at, o.first_seen_at), last_seen_at = greatest(p.last_seen_at, o.last_seen_at),
				    version = p.version + 1
				from people o where o.id = :previous and p.id = :into""")
			.param("previous", previous).param("into", into).update();
		db.sql("delete from people where id = ?").param(previous).update();
	}

	private static String name(SegmentTraits t) {
		String name = t.text("name", 200);
		if (name != null) {
			return name;
		}
		String first = t.text("firstName", 100);
		String last = t.text("lastName", 100);
		return first == null && last == null ? null : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
	}

	/** A person as ingestion needs them: who, and at which account. */
	public record Seen(long personId, Long accountId) {
	}
}
