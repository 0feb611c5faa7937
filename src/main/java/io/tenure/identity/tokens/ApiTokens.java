package io.tenure.identity.tokens;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.identity.StaffUsers;
import io.tenure.platform.ApiTokenVerifier;
import io.tenure.platform.NotFoundException;
import io.tenure.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

/**
 * API tokens: random 256-bit secrets shown once at creation and stored as SHA-256 hashes (a secret
 * of that strength needs no slow hash). Each acts for a member of staff with its own role.
 */
@Repository
public class ApiTokens implements ApiTokenVerifier {

	static final String PREFIX = "tnr_";

	private final JdbcClient db;
	private final StaffUsers staff;
	private final Clock clock;

	ApiTokens(JdbcClient db, StaffUsers staff, Clock clock) {
		this.db = db;
		this.staff = staff;
		this.clock = clock;
	}

	/** Creates a token and returns its secret, which is not stored and cannot be shown again. */
	public String create(String name, Role role, long actsFor, Long createdBy) {
		String token = Secrets.generate(PREFIX, 32);
		store(name, role, actsFor, createdBy, token);
		return token;
	}

	/** Stores a token whose secret was chosen elsewhere (TENURE_BOOTSTRAP_API_TOKEN), unless it exists. */
	public boolean ensure(String name, Role role, long actsFor, String token) {
		if (db.sql("select count(*) from api_tokens where token_hash = ?").param(Secrets.hash(token)).query(Long.class).single() > 0) {
			return false;
		}
		store(name, role, actsFor, null, token);
		return true;
	}

	public List<ApiToken> all() {
		return db.sql("""
				select t.id, t.name, t.token_prefix, t.role, s.display_name, t.created_at, t.last_used_at, t.revoked_at
				from api_tokens t join staff_users s on s.id = t.staff_user_id
				order by t.revoked_at nulls first, t.created_at desc""")
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
					Role.valueOf(rs.getString("role")), rs.getString("display_name"), instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class)), instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	public void revoke(long id) {
		if (db.sql("update api_tokens set revoked_at = coalesce(revoked_at, ?) where id = ?").params(now(), id).update() == 0) {
			throw new NotFoundException("API token", id);
		}
	}

	@Override
	public Optional<Authentication> verify(String token) {
		if (token == null || token.isBlank() || token.length() > 512) {
			return Optional.empty();
		}
		record Match(long id, long staffId, Role role, OffsetDateTime lastUsed) {
		}
		Optional<Match> match = db.sql("select id, staff_user_id, role, last_used_at from api_tokens where token_hash = ? and revoked_at is null")
			.param(Secrets.hash(token))
			.query((rs, n) -> new Match(rs.getLong("id"), rs.getLong("staff_user_id"), Role.valueOf(rs.getString("role")),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional();
		return match.flatMap(m -> staff.find(m.staffId()).filter(member -> member.active()).map(member -> {
			touch(m.id(), m.lastUsed());
			// never more than the member may do now: a token outlives a demotion
			Role role = m.role().includes(member.role()) ? member.role() : m.role();
			var principal = new StaffPrincipal(member.id(), member.email(), member.displayName(), role, true, null);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}));
	}

	/** Last use is kept to the minute, so that a busy client does not write on every request. */
	private void touch(long id, OffsetDateTime lastUsed) {
		OffsetDateTime now = now();
		if (lastUsed == null || lastUsed.plusMinutes(1).isBefore(now)) {
			db.sql("update api_tokens set last_used_at = ? where id = ?").params(now, id).update();
		}
	}

	private void store(String name, Role role, long actsFor, Long createdBy, String token) {
		db.sql("""
				insert into api_tokens (name, token_hash, token_prefix, role, staff_user_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(name, Secrets.hash(token), Secrets.recognisable(token, PREFIX), role.name(), actsFor,
					createdBy, now())
			.update();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static java.time.Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
