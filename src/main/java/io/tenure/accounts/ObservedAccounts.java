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
 * employees follow the data; name, domain, industry and customer-since are filled only when empty,
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

	/** Returns the id of the account with this external id, creating it if it is new. */
	@Transactional
	public long observe(String externalId, Map<String, Object> observed, Instant at) {
		SegmentTraits t = new SegmentTraits(observed);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		Long created = db.sql("""
				insert into accounts (external_id, name, domain, industry, employees, plan, tier, lifecycle_stage, customer_since,
				    traits, created_at, updated_at)
				values (:externalId, :name, :domain, :industry, :employees, :plan, 'STANDARD', 'ONBOARDING', :since,
				    cast(:traits as jsonb), :now, :now)
				on conflict (external_id) do nothing returning id""")
			.param("externalId", externalId).param("name", t.text("name", 200) == null ? externalId : t.text("name", 200))
			.param("domain", t.domain()).param("industry", t.text("industry", 120)).param("employees", t.employees())
			.param("plan", t.text("plan", 120)).param("since", t.date("createdAt")).param("traits", traits.write(observed))
			.param("now", now)
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
		return db.sql("""
				update accounts set traits = traits || cast(:traits as jsonb),
				    name = case when name = external_id then coalesce(:name, name) else name end, domain = coalesce(domain, :domain), industry = coalesce(industry, :industry),
				    employees = coalesce(:employees, employees), plan = coalesce(:plan, plan),
				    customer_since = coalesce(customer_since, :since), updated_at = :now, version = version + 1
				where external_id = :externalId returning id""")
			.param("externalId", externalId).param("name", t.text("name", 200)).param("domain", t.domain())
			.param("industry", t.text("industry", 120)).param("employees", t.employees()).param("plan", t.text("plan", 120))
			.param("since", t.date("createdAt")).param("traits", traits.write(observed)).param("now", now)
			.query(Long.class).single();
	}
}
