package io.tenure.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.tenure.platform.NotFoundException;
import io.tenure.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Write keys of the data sources: random secrets shown once and stored as SHA-256 hashes, revocable,
 * with the time of last use (to the minute).
 */
@Repository
public class WriteKeys {

	static final String PREFIX = "wk_";

	private final JdbcClient db;
	private final Clock clock;

	WriteKeys(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/** Creates a key and returns its secret, which is not stored and cannot be shown again. */
	public String create(String name, Long createdBy) {
		String key = Secrets.generate(PREFIX, 24);
		store(name, key, createdBy);
		return key;
	}

	/** Stores a key whose secret was chosen elsewhere (TENURE_BOOTSTRAP_WRITE_KEY), unless it exists. */
	public boolean ensure(String name, String key) {
		if (db.sql("select count(*) from write_keys where key_hash = ?").param(Secrets.hash(key)).query(Long.class).single() > 0) {
			return false;
		}
		store(name, key, null);
		return true;
	}

	/** The id of the live key with this secret. */
	public Optional<Long> verify(String key) {
		if (key == null || key.isBlank() || key.length() > 512) {
			return Optional.empty();
		}
		record Match(long id, OffsetDateTime lastUsed) {
		}
		return db.sql("select id, last_used_at from write_keys where key_hash = ? and revoked_at is null").param(Secrets.hash(key))
			.query((rs, n) -> new Match(rs.getLong("id"), rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional()
			.map(match -> {
				OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
				if (match.lastUsed() == null || match.lastUsed().plusMinutes(1).isBefore(now)) {
					db.sql("update write_keys set last_used_at = ? where id = ?").params(now, match.id()).update();
				}
				return match.id();
			});
	}

	public List<WriteKey> all() {
		return db.sql("select * from write_keys order by revoked_at nulls first, created_at desc")
			.query((rs, n) -> new WriteKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
					instant(rs.getObject("created_at", OffsetDateTime.class)), instant(rs.getObject("last_used_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	public void revoke(long id) {
		if (db.sql("update write_keys set revoked_at = coalesce(revoked_at, ?) where id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), id).update() == 0) {
			throw new NotFoundException("Write key", id);
		}
	}

	private void store(String name, String key, Long createdBy) {
		db.sql("insert into write_keys (name, key_hash, key_prefix, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(name, Secrets.hash(key), Secrets.recognisable(key, PREFIX), createdBy,
					clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static java.time.Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
