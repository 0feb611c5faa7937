package io.tenure.usage;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events and keeps the daily rollups and the taxonomy's statistics current in the same
 * transaction, computed from exactly the rows stored: a repeated message id is stored once and
 * counted once. The rollups can be rebuilt from the events at any time.
 */
@Repository
public class EventStore {

	private static final int COLUMNS = 12;
	private static final int MAX_ROWS_PER_INSERT = 60_000 / COLUMNS;

	private final JdbcClient db;
	private final Rollups rollups;

	EventStore(JdbcClient db, Rollups rollups) {
		this.db = db;
		this.rollups = rollups;
	}

	/** Which of these message ids are stored already. */
	public Set<String> known(Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(db.sql("select message_id from events where message_id = any(?)")
			.param(messageIds.toArray(String[]::new)).query(String.class).list());
	}

	/** Stores the events whose message id is new and returns how many that was. */
	@Transactional
	public int append(List<NewEvent> events) {
		List<Long> stored = new ArrayList<>();
		for (int from = 0; from < events.size(); from += MAX_ROWS_PER_INSERT) {
			stored.addAll(insert(events.subList(from, Math.min(events.size(), from + MAX_ROWS_PER_INSERT))));
		}
		if (!stored.isEmpty()) {
			rollups.add(stored);
		}
		return stored.size();
	}

	private List<Long> insert(List<NewEvent> events) {
		var sql = new StringBuilder("""
				insert into events (message_id, type, name, account_id, person_id, user_id, anonymous_id, occurred_at,
				    received_at, properties, context, write_key_id) values """);
		List<Object> params = new ArrayList<>(events.size() * COLUMNS);
		for (int i = 0; i < events.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)");
			NewEvent e = events.get(i);
			params.addAll(java.util.Arrays.asList(e.messageId(), e.type().wire(), e.name(), e.accountId(), e.personId(),
					e.userId(), e.anonymousId(), e.occurredAt().atOffset(ZoneOffset.UTC), e.receivedAt().atOffset(ZoneOffset.UTC),
					e.properties(), e.context(), e.writeKeyId()));
		}
		sql.append(" on conflict (message_id) do nothing returning id");
		return db.sql(sql.toString()).params(params).query(Long.class).list();
	}

	/** Anonymous events of a visitor who has now identified become the person's (Segment's alias and identify). */
	@Transactional
	public int adoptAnonymous(String anonymousId, long personId, Long accountId) {
		List<Long> adopted = db.sql("""
				update events set person_id = ?, account_id = coalesce(account_id, ?)
				where anonymous_id = ? and person_id is null returning id""")
			.params(personId, accountId, anonymousId).query(Long.class).list();
		if (!adopted.isEmpty()) {
			rollups.rebuildPerson(personId);
			if (accountId != null) {
				rollups.rebuildAccount(accountId);
			}
		}
		return adopted.size();
	}

	/** All events of one person become another's (people merged by alias). */
	@Transactional
	public int movePerson(long fromPersonId, long toPersonId) {
		int moved = db.sql("update events set person_id = ? where person_id = ?").params(toPersonId, fromPersonId).update();
		rollups.rebuildPerson(fromPersonId);
		rollups.rebuildPerson(toPersonId);
		return moved;
	}

	public long count() {
		return db.sql("select count(*) from events").query(Long.class).single();
	}
}
