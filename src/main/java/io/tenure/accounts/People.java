package io.tenure.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;
import io.tenure.platform.Page;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The people at customer accounts ({@code people}). */
@Repository
public class People {

	private static final String SELECT = """
			select p.*, a.name as account_name from people p left join accounts a on a.id = p.account_id
			""";

	private final JdbcClient db;
	private final NamedParameterJdbcTemplate jdbc;
	private final Traits traits;
	private final Clock clock;

	People(JdbcClient db, NamedParameterJdbcTemplate jdbc, Traits traits, Clock clock) {
		this.db = db;
		this.jdbc = jdbc;
		this.traits = traits;
		this.clock = clock;
	}

	public Optional<Person> find(long id) {
		return db.sql(SELECT + " where p.id = ?").param(id).query(this::person).optional();
	}

	public Person get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

	public Optional<Person> findByExternalId(String externalId) {
		return db.sql(SELECT + " where p.external_id = ?").param(externalId).query(this::person).optional();
	}

	public long countAt(long accountId) {
		return db.sql("select count(*) from people where account_id = ?").param(accountId).query(Long.class).single();
	}

	/** People whose name, email or external id contains {@code q}, optionally at one account or in one role. */
	public Page<Person> search(String q, Long accountId, PersonRole role, int page, int size) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		String text = Text.clean(q);
		if (text != null) {
			conditions.add("(p.name ilike :q or p.email ilike :q or p.external_id ilike :q)");
			params.put("q", Text.containing(text));
		}
		if (accountId != null) {
			conditions.add("p.account_id = :accountId");
			params.put("accountId", accountId);
		}
		if (role != null) {
			conditions.add("p.role = :role");
			params.put("role", role.name());
		}
		int pageSize = size <= 0 ? 25 : Math.min(size, AccountQuery.MAX_SIZE);
		int pageNumber = Math.max(page, 0);
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = db.sql("select count(*) from people p" + where).params(params).query(Long.class).single();
		List<Person> items = db.sql(SELECT + where + " order by p.role = 'USER', lower(coalesce(p.name, p.email, p.external_id)), p.id"
				+ " limit :limit offset :offset")
			.params(params).param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
			.query(this::person).list();
		return new Page<>(items, pageNumber, pageSize, total);
	}

	@Transactional
	public Person create(PersonDetails details) {
		requireAccount(details.accountId());
		requireFreeExternalId(details.externalId(), null);
		Instant now = clock.instant();
		try {
			long id = db.sql("""
					insert into people (account_id, external_id, email, name, title, role, first_seen_at, last_seen_at, traits,
					    created_at, updated_at)
					values (:accountId, :externalId, :email, :name, :title, :role, :firstSeen, :lastSeen, cast(:traits as jsonb), :now, :now)
					returning id""")
				.params(columns(details)).param("now", Accounts.utc(now))
				.query(Long.class).single();
			return get(id);
		}
		catch (DuplicateKeyException e) {
			throw duplicate(details.externalId());
		}
	}

	/**
	 * Creates many people in one batch (imports, the demo). Each must be valid on its own; none may
	 * reuse a stored external id. Returns how many were created.
	 */
	@Transactional
	public int createAll(List<PersonDetails> batch) {
		Instant now = clock.instant();
		var rows = batch.stream().map(details -> {
			var row = new MapSqlParameterSource(columns(details));
			row.addValue("now", Accounts.utc(now));
			return row;
		}).toArray(SqlParameterSource[]::new);
		try {
			jdbc.batchUpdate("""
					insert into people (account_id, external_id, email, name, title, role, first_seen_at, last_seen_at, traits,
					    created_at, updated_at)
					values (:accountId, :externalId, :email, :name, :title, :role, :firstSeen, :lastSeen, cast(:traits as jsonb), :now, :now)""",
					rows);
			return rows.length;
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("externalId", "A person in the batch reuses an external id that is already stored");
		}
	}

	@Transactional
	public Person update(long id, Integer expectedVersion, PersonDetails details) {
		Person current = db.sql(SELECT + " where p.id = ? for update of p").param(id).query(this::person).optional()
			.orElseThrow(() -> new NotFoundException("Person", id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new ConflictException("version", "Person " + id + " was changed by someone else (version " + current.version()
					+ ", you had " + expectedVersion + "); reload and apply your change again");
		}
		requireAccount(details.accountId());
		requireFreeExternalId(details.externalId(), id);
		try {
			db.sql("""
					update people set account_id = :accountId, external_id = :externalId, email = :email, name = :name,
					    title = :title, role = :role, first_seen_at = :firstSeen, last_seen_at = :lastSeen,
					    traits = cast(:traits as jsonb), updated_at = :now, version = version + 1
					where id = :id""")
				.params(columns(details)).param("now", Accounts.utc(clock.instant())).param("id", id)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(details.externalId());
		}
		return get(id);
	}

	private void requireAccount(Long accountId) {
		if (accountId != null && db.sql("select count(*) from accounts where id = ?").param(accountId).query(Long.class).single() == 0) {
			throw new InvalidInputException("accountId", "there is no account with id " + accountId);
		}
	}

	private void requireFreeExternalId(String externalId, Long self) {
		if (externalId != null) {
			findByExternalId(externalId).filter(other -> !Objects.equals(other.id(), self)).ifPresent(other -> {
				throw duplicate(externalId);
			});
		}
	}

	private static ConflictException duplicate(String externalId) {
		return new ConflictException("externalId", "Another person already has the external id '" + externalId + "'");
	}

	private Map<String, Object> columns(PersonDetails d) {
		var columns = new HashMap<String, Object>();
		columns.put("accountId", d.accountId());
		columns.put("externalId", d.externalId());
		columns.put("email", d.email());
		columns.put("name", d.name());
		columns.put("title", d.title());
		columns.put("role", d.role().name());
		columns.put("firstSeen", d.firstSeenAt() == null ? null : Accounts.utc(d.firstSeenAt()));
		columns.put("lastSeen", d.lastSeenAt() == null ? null : Accounts.utc(d.lastSeenAt()));
		columns.put("traits", traits.write(d.traits()));
		return columns;
	}

	private Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), (Long) rs.getObject("account_id"), rs.getString("account_name"),
				rs.getString("external_id"), rs.getString("email"), rs.getString("name"), rs.getString("title"),
				PersonRole.valueOf(rs.getString("role")), Accounts.instant(rs, "first_seen_at"), Accounts.instant(rs, "last_seen_at"),
				traits.read(rs.getString("traits")), Accounts.instant(rs, "created_at"), Accounts.instant(rs, "updated_at"),
				rs.getInt("version"));
	}
}
