package io.tenure.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tenure.platform.ConflictException;
import io.tenure.platform.NotFoundException;
import io.tenure.platform.Page;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer accounts ({@code accounts}) and the history of their tier, lifecycle stage and owner
 * ({@code account_versions}). Changes never overwrite that history: each one closes the current
 * period and opens a new one, so every account can be read as of a past moment.
 */
@Repository
public class Accounts {

	static final String SELECT = """
			select a.*, s.display_name as owner_name
			from accounts a left join staff_users s on s.id = a.owner_id
			""";

	private final JdbcClient db;
	private final Traits traits;
	private final StaffCheck staffCheck;
	private final Clock clock;

	Accounts(JdbcClient db, Traits traits, StaffCheck staffCheck, Clock clock) {
		this.db = db;
		this.traits = traits;
		this.staffCheck = staffCheck;
		this.clock = clock;
	}

	public Optional<Account> find(long id) {
		return db.sql(SELECT + " where a.id = ?").param(id).query(this::account).optional();
	}

	public Account get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	/**
	 * Reads the account and holds it until the transaction ends, so that a change is decided on what
	 * is stored, not on what another request is about to overwrite.
	 */
	@Transactional
	public Account lock(long id) {
		return db.sql(SELECT + " where a.id = ? for update of a").param(id).query(this::account).optional()
			.orElseThrow(() -> new NotFoundException("Account", id));
	}

	public Optional<Account> findByExternalId(String externalId) {
		return db.sql(SELECT + " where a.external_id = ?").param(externalId).query(this::account).optional();
	}

	public Page<Account> search(AccountQuery query) {
		return new AccountSearch(query).run(db, this::account);
	}

	public long count() {
		return db.sql("select count(*) from accounts").query(Long.class).single();
	}

	/** Industries and countries in use, for the list's filters. */
	public List<String> industries() {
		return db.sql("select distinct industry from accounts where industry is not null order by 1").query(String.class).list();
	}

	public List<String> countries() {
		return db.sql("select distinct country from accounts where country is not null order by 1").query(String.class).list();
	}

	/** Creates an account whose tier, stage and owner hold from now. */
	@Transactional
	public Account create(AccountDetails details, Long changedBy) {
		return create(details, changedBy, clock.instant());
	}

	/** Creates an account whose tier, stage and owner hold from {@code effectiveFrom} (history imports, the demo). */
	@Transactional
	public Account create(AccountDetails details, Long changedBy, Instant effectiveFrom) {
		ChurnRecordPolicy.check(details);
		staffCheck.requireActive(details.ownerId(), "ownerId");
		requireFreeExternalId(details.externalId(), null);
		OffsetDateTime now = utc(clock.instant());
		long id;
		try {
			id = db.sql("""
					insert into accounts (external_id, name, domain, industry, employees, country, plan, tier, lifecycle_stage,
					    owner_id, customer_since, churned_at, churn_reason, traits, created_at, updated_at)
					values (:externalId, :name, :domain, :industry, :employees, :country, :plan, :tier, :stage,
					    :ownerId, :customerSince, :churnedAt, :churnReason, cast(:traits as jsonb), :now, :now)
					returning id""")
				.params(columns(details))
				.param("traits", traits.write(details.traits()))
				.param("now", now)
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw duplicateExternalId(details.externalId());
		}
		db.sql("""
				insert into account_versions (account_id, valid_from, tier, lifecycle_stage, owner_id, changed_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, utc(effectiveFrom), details.tier().name(), details.lifecycleStage().name(), details.ownerId(), changedBy, now)
			.update();
		return get(id);
	}

	/**
	 * Replaces an account's details. With {@code expectedVersion}, fails with a conflict when someone
	 * else changed the account since that version was read.
	 */
	@Transactional
	public Account update(long id, Integer expectedVersion, AccountDetails details, Long changedBy) {
		return update(id, expectedVersion, details, changedBy, clock.instant());
	}

	@Transactional
	public Account update(long id, Integer expectedVersion, AccountDetails details, Long changedBy, Instant effectiveAt) {
		Account current = lock(id);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new ConflictException("version", "Account " + id + " was changed by someone else (version " + current.version()
					+ ", you had " + expectedVersion + "); reload it and apply your change again");
		}
		ChurnRecordPolicy.check(details);
		if (!Objects.equals(details.ownerId(), current.ownerId())) {
			staffCheck.requireActive(details.ownerId(), "ownerId");
		}
		requireFreeExternalId(details.externalId(), id);
		OffsetDateTime now = utc(clock.instant());
		try {
			db.sql("""
					update accounts set external_id = :externalId, name = :name, domain = :domain, industry = :industry,
					    employees = :employees, country = :country, plan = :plan, tier = :tier, lifecycle_stage = :stage,
					    owner_id = :ownerId, customer_since = :customerSince, churned_at = :churnedAt, churn_reason = :churnReason,
					    traits = cast(:traits as jsonb), updated_at = :now, version = version + 1
					where id = :id""")
				.params(columns(details))
				.param("traits", traits.write(details.traits()))
				.param("now", now)
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw duplicateExternalId(details.externalId());
		}
		if (current.tier() != details.tier() || current.lifecycleStage() != details.lifecycleStage()
				|| !Objects.equals(current.ownerId(), details.ownerId())) {
			newVersion(id, details, changedBy, effectiveAt, now);
		}
		return get(id);
	}

	/**
	 * Closes the current period of the account's history at {@code at} and opens one with the new
	 * values. History is written in time order: a change before the current period began is refused;
	 * two changes at the same instant are kept a microsecond apart.
	 */
	private void newVersion(long id, AccountDetails details, Long changedBy, Instant at, OffsetDateTime now) {
		OffsetDateTime currentFrom = db.sql("select valid_from from account_versions where account_id = ? and valid_to is null")
			.param(id).query(OffsetDateTime.class).single();
		if (at.isBefore(currentFrom.toInstant())) {
			throw new IllegalArgumentException("Account " + id + " changed at " + currentFrom + "; a change effective " + at
					+ " would rewrite its history");
		}
		OffsetDateTime from = db.sql("""
				update account_versions set valid_to = greatest(?, valid_from + interval '1 microsecond')
				where account_id = ? and valid_to is null
				returning valid_to""")
			.params(utc(at), id)
			.query(OffsetDateTime.class).single();
		db.sql("""
				insert into account_versions (account_id, valid_from, tier, lifecycle_stage, owner_id, changed_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, from, details.tier().name(), details.lifecycleStage().name(), details.ownerId(), changedBy, now)
			.update();
	}

	/** The account's history, newest first. */
	public List<AccountVersion> history(long id) {
		get(id);
		return db.sql("""
				select v.valid_from, v.valid_to, v.tier, v.lifecycle_stage, v.owner_id, o.display_name as owner_name,
				       c.display_name as changed_by_name
				from account_versions v
				left join staff_users o on o.id = v.owner_id
				left join staff_users c on c.id = v.changed_by
				where v.account_id = ? order by v.valid_from desc""")
			.param(id)
			.query((rs, n) -> new AccountVersion(instant(rs, "valid_from"), instant(rs, "valid_to"), Tier.valueOf(rs.getString("tier")),
					LifecycleStage.valueOf(rs.getString("lifecycle_stage")), (Long) rs.getObject("owner_id"),
					rs.getString("owner_name"), rs.getString("changed_by_name")))
			.list();
	}

	/** The account's tier, stage and owner at a moment; empty when the account did not exist yet. */
	public Optional<AccountState> stateAsOf(long id, Instant at) {
		get(id);
		return db.sql("""
				select account_id, tier, lifecycle_stage, owner_id from account_versions
				where account_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(id, utc(at), utc(at))
			.query((rs, n) -> state(rs, at))
			.optional();
	}

	/** Every account that existed at a moment, with its tier, stage and owner then. */
	public List<AccountState> statesAsOf(Instant at) {
		return db.sql("""
				select account_id, tier, lifecycle_stage, owner_id from account_versions
				where valid_from <= ? and (valid_to is null or valid_to > ?) order by account_id""")
			.params(utc(at), utc(at))
			.query((rs, n) -> state(rs, at))
			.list();
	}

	private void requireFreeExternalId(String externalId, Long self) {
		if (externalId == null) {
			return;
		}
		findByExternalId(externalId).filter(other -> !Objects.equals(other.id(), self)).ifPresent(other -> {
			throw duplicateExternalId(externalId);
		});
	}

	private static ConflictException duplicateExternalId(String externalId) {
		return new ConflictException("externalId", "Another account already has the external id '" + externalId + "'");
	}

	private static java.util.Map<String, Object> columns(AccountDetails d) {
		var columns = new java.util.HashMap<String, Object>();
		columns.put("externalId", d.externalId());
		columns.put("name", d.name());
		columns.put("domain", d.domain());
		columns.put("industry", d.industry());
		columns.put("employees", d.employees());
		columns.put("country", d.country());
		columns.put("plan", d.plan());
		columns.put("tier", d.tier().name());
		columns.put("stage", d.lifecycleStage().name());
		columns.put("ownerId", d.ownerId());
		columns.put("customerSince", d.customerSince());
		columns.put("churnedAt", d.churnedAt());
		columns.put("churnReason", d.churnReason());
		return columns;
	}

	private Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"), rs.getString("domain"),
				rs.getString("industry"), (Integer) rs.getObject("employees"), rs.getString("country"), rs.getString("plan"),
				Tier.valueOf(rs.getString("tier")), LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
				(Long) rs.getObject("owner_id"), rs.getString("owner_name"), rs.getObject("customer_since", LocalDate.class),
				rs.getObject("churned_at", LocalDate.class), rs.getString("churn_reason"), traits.read(rs.getString("traits")),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

	private static AccountState state(ResultSet rs, Instant at) throws SQLException {
		return new AccountState(rs.getLong("account_id"), at, Tier.valueOf(rs.getString("tier")),
				LifecycleStage.valueOf(rs.getString("lifecycle_stage")), (Long) rs.getObject("owner_id"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
