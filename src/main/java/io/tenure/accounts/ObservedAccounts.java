package io.tenure.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the product's data shows them (Segment group calls, a groupId on any call): created on
 * first sight, their traits merged in as they come; every trait is kept in {@code traits}. Plan and
 * employees follow the data; name, domain, industry, country and customer-since are filled only when empty,
 * so what staff set in Tenure stays.
 */
@Repository
public class ObservedAccounts {

	private final JdbcClient db;
	private final Traits traits;
	private final Clock clock;

	ObservedAccounts(JdbcClient db, Traits traits, Clock clock) {
		this.db = db;
		this.traits = traits;
		this.clock = clock;
	}

	/**
	 * The existing accounts with these external ids (external id to id), held in one order until the
	 * transaction ends, so that overlapping batches do not deadlock.
	 */
	@Transactional
	public Map<String, Long> hold(java.util.Collection<String> externalIds) {
		Map<String, Long> held = new java.util.HashMap<>();
		if (!externalIds.isEmpty()) {
			db.sql("select external_id, id from accounts where external_id = any(?) order by external_id for update")
				.param(externalIds.stream().distinct().toArray(String[]::new))
				.query((rs, n) -> held.put(rs.getString("external_id"), rs.getLong("id"))).list();
		}
		return held;
	}

	/** The accounts with these external ids (external id to id), without holding them. */
	public Map<String, Long> read(java.util.Collection<String> externalIds) {
		Map<String, Long> found = new java.util.HashMap<>();
		if (!externalIds.isEmpty()) {
			db.sql("select external_id, id from accounts where external_id = any(?)")
				.param(externalIds.stream().distinct().toArray(String[]::new))
				.query((rs, n) -> found.put(rs.getString("external_id"), rs.getLong("id"))).list();
		}
		return found;
	}

	/** Returns the id of the account with this external id, creating it if it is new. */
	@Transactional
	public long observe(String externalId, Map<String, Object> observed, Instant at) {
		SegmentTraits t = new SegmentTraits(observed);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		Long created = db.sql("""
				insert into accounts (external_id, name, domain, industry, employees, plan, country, tier, lifecycle_stage,
				    customer_since, traits, created_at, updated_at)
				values (:externalId, :name, :domain, :industry, :employees, :plan, :country, 'STANDARD', 'ONBOARDING', :since,
				    cast(:traits as jsonb), :now, :now)
				on conflict (external_id) do nothing returning id""")
			.param("externalId", externalId).param("name", t.text("name", 200) == null ? externalId : t.text("name", 200))
			.param("domain", t.domain()).param("industry", t.text("industry", 120)).param("employees", t.employees())
			.param("plan", t.text("plan", 120)).param("country", t.country()).param("since", t.date("createdAt"))
			.param("traits", traits.write(observed)).param("now", now)
			.query(Long.class).optional().orElse(null);
		if (created != null) {
			OffsetDateTime from = t.date("createdAt") == null ? at.atOffset(ZoneOffset.UTC)
					: t.date("createdAt").atStartOfDay().atOffset(ZoneOffset.UTC);
			db.sql("""
					insert into account_versions (account_id, valid_from, tier, lifecycle_stage, recorded_at)
					values (?, ?, 'STANDARD', 'ONBOARDING', ?)""").params(created, from.isAfter(now) ? now : from, now).update();
			return created;
		}
		if (observed.isEmpty()) {
			return db.sql("select id from accounts where external_id = ?").param(externalId).query(Long.class).single();
		}
		// only a real change counts: a sync that repeats what is stored must not make staff edits conflict
		return db.sql("""
				with change as (
				    select id, traits || cast(:traits as jsonb) as traits,
				           case when name = external_id then coalesce(:name, name) else name end as name,
				           coalesce(domain, :domain) as domain, coalesce(industry, :industry) as industry,
				           coalesce(:employees, employees) as employees, coalesce(:plan, plan) as plan,
				           coalesce(country, :country) as country, coalesce(customer_since, :since) as customer_since
				    from accounts where external_id = :externalId),
				updated as (
				    update accounts a set traits = c.traits, name = c.name, domain = c.domain, industry = c.industry,
				        employees = c.employees, plan = c.plan, country = c.country, customer_since = c.customer_since, updated_at = :now,
				        version = a.version + 1
				    from change c
				    where a.id = c.id and (a.traits, a.name, a.domain, a.industry, a.employees, a.plan, a.country, a.customer_since)
				        is distinct from (c.traits, c.name, c.domain, c.industry, c.employees, c.plan, c.country, c.customer_since)
				    returning a.id)
				select id from change""")
			.param("externalId", externalId).param("name", t.text("name", 200)).param("domain", t.domain())
			.param("industry", t.text("industry", 120)).param("employees", t.employees()).param("plan", t.text("plan", 120))
			.param("country", t.country()).param("since", t.date("createdAt")).param("traits", traits.write(observed))
			.param("now", now)
			.query(Long.class).single();
	}
}
