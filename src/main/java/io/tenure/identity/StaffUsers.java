package io.tenure.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The staff users, stored in {@code staff_users}. Passwords are kept as bcrypt hashes only. */
@Repository
public class StaffUsers {

	public static final int MIN_PASSWORD = 10;
	public static final int MAX_PASSWORD_BYTES = 72;
	private static final String COLUMNS = "id, email, display_name, role, active, created_at, last_login_at";

	private final JdbcClient db;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private String lockedHash;

	StaffUsers(JdbcClient db, PasswordEncoder passwords, Clock clock) {
		this.db = db;
		this.passwords = passwords;
		this.clock = clock;
	}

	public Optional<StaffMember> find(long id) {
		return db.sql("select " + COLUMNS + " from staff_users where id = ?").param(id).query(StaffUsers::member).optional();
	}

	public StaffMember get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Staff user", id));
	}

	public Optional<StaffMember> findByEmail(String email) {
		return db.sql("select " + COLUMNS + " from staff_users where lower(email) = lower(?)").param(email).query(StaffUsers::member).optional();
	}

	public List<StaffMember> all() {
		return db.sql("select " + COLUMNS + " from staff_users order by active desc, display_name").query(StaffUsers::member).list();
	}

	public List<StaffMember> active() {
		return db.sql("select " + COLUMNS + " from staff_users where active order by display_name").query(StaffUsers::member).list();
	}

	public long count() {
		return db.sql("select count(*) from staff_users").query(Long.class).single();
	}

	@Transactional
	public StaffMember create(NewStaffMember member) {
		checkPassword(member.password());
		return insert(member.email(), member.displayName(), member.role(), passwords.encode(member.password()));
	}

	/**
	 * Adds a member of staff who cannot log in until an admin sets a password (imports, the demo).
	 * Their hash is of a secret nobody knows, made once per process: bcrypt is slow by design.
	 */
	@Transactional
	public StaffMember createWithoutPassword(String email, String displayName, Role role) {
		return insert(email, displayName, role, lockedHash());
	}

	private StaffMember insert(String email, String displayName, Role role, String passwordHash) {
		if (findByEmail(email.trim()).isPresent()) {
			throw new ConflictException("email", "A staff user with the email " + email.trim() + " already exists");
		}
		try {
			long id = db.sql("insert into staff_users (email, display_name, password_hash, role, created_at) values (?, ?, ?, ?, ?) returning id")
				.params(email.trim(), displayName.trim(), passwordHash, role.name(), clock.instant().atOffset(ZoneOffset.UTC))
				.query(Long.class).single();
			return get(id);
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConflictException("email", "A staff user with the email " + email.trim() + " already exists");
		}
	}

	private synchronized String lockedHash() {
		if (lockedHash == null) {
			lockedHash = passwords.encode(UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
		}
		return lockedHash;
	}

	@Transactional
	public StaffMember update(long id, String displayName, Role role, boolean active) {
		StaffMember current = get(id);
		if (current.role() == Role.ADMIN && current.active() && (role != Role.ADMIN || !active) && activeAdmins() == 1) {
			throw new InvalidInputException("role", "This is the last active admin; make someone else admin first");
		}
		db.sql("update staff_users set display_name = ?, role = ?, active = ? where id = ?")
			.params(displayName.trim(), role.name(), active, id).update();
		return get(id);
	}

	public void setPassword(long id, String password) {
		checkPassword(password);
		if (db.sql("update staff_users set password_hash = ? where id = ?").params(passwords.encode(password), id).update() == 0) {
			throw new NotFoundException("Staff user", id);
		}
	}

	void recordLogin(String email, Instant at) {
		db.sql("update staff_users set last_login_at = ? where lower(email) = lower(?)")
			.params(at.atOffset(ZoneOffset.UTC), email).update();
	}

	Optional<StaffPrincipal> principal(String email) {
		return db.sql("select id, email, display_name, role, active, password_hash from staff_users where lower(email) = lower(?)")
			.param(email)
			.query((rs, n) -> new StaffPrincipal(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("active"), rs.getString("password_hash")))
			.optional();
	}

	/** At least MIN_PASSWORD characters; at most the 72 bytes bcrypt reads (longer ones it refuses). */
	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidInputException("password", "must be at least " + MIN_PASSWORD + " characters");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new InvalidInputException("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes (72 Latin or 36 Cyrillic letters)");
		}
	}

	private long activeAdmins() {
		return db.sql("select count(*) from staff_users where active and role = 'ADMIN'").query(Long.class).single();
	}

	static StaffMember member(ResultSet rs, int row) throws SQLException {
		var lastLogin = rs.getObject("last_login_at", OffsetDateTime.class);
		return new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				lastLogin == null ? null : lastLogin.toInstant());
	}
}
