package io.tenure.usage;

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

	private static final int MAX_ROWS_PER_INSERT = 10_000;

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

	/** One statement for the whole chunk: twelve arrays, unnested into rows (cheaper than thousands of bind parameters). */
	private List<Long> insert(List<NewEvent> events) {
		int n = events.size();
		String[] messageIds = new String[n], types = new String[n], names = new String[n], userIds = new String[n];
		String[] anonymousIds = new String[n], occurred = new String[n], received = new String[n], properties = new String[n];
		String[] contexts = new String[n];
		Long[] accounts = new Long[n], people = new Long[n], writeKeys = new Long[n];
		for (int i = 0; i < n; i++) {
			NewEvent e = events.get(i);
			messageIds[i] = e.messageId();
			types[i] = e.type().wire();
			names[i] = e.name();
			accounts[i] = e.accountId();
			people[i] = e.personId();
			userIds[i] = e.userId();
			anonymousIds[i] = e.anonymousId();
			occurred[i] = e.occurredAt().toString();
			received[i] = e.receivedAt().toString();
			properties[i] = e.properties();
			contexts[i] = e.context();
			writeKeys[i] = e.writeKeyId();
		}
		return db.sql("""
				insert into events (message_id, type, name, account_id, person_id, user_id, anonymous_id, occurred_at,
				    received_at, properties, context, write_key_id)
				select m, t, n, a, p, u, an, o, r, pr::jsonb, c::jsonb, w
				from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[],
				            ?::timestamptz[], ?::text[], ?::text[], ?::bigint[]) as x(m, t, n, a, p, u, an, o, r, pr, c, w)
				on conflict (message_id) do nothing returning id""")
			.params(messageIds, types, names, accounts, people, userIds, anonymousIds, occurred, received, properties, contexts,
					writeKeys)
			.query(Long.class).list();
	}

	/**
	 * Anonymous events of a visitor who has now identified become the person's (Segment's alias and
	 * identify). They are added to the rollups they were missing from: the person's always, the
	 * account's when they had no account yet.
	 */
	@Transactional
	public int adoptAnonymous(String anonymousId, long personId, Long accountId) {
		record Adopted(long id, boolean hadNoAccount) {
		}
		List<Adopted> adopted = db.sql("""
				with visitor as (
				    select id, account_id is null as no_account from events
				    where anonymous_id = ? and person_id is null order by id for update)
				update events e set person_id = ?, account_id = coalesce(e.account_id, ?)
				from visitor v where e.id = v.id
				returning e.id, v.no_account""")
			.params(anonymousId, personId, accountId)
			.query((rs, n) -> new Adopted(rs.getLong(1), rs.getBoolean(2))).list();
		rollups.addToPeople(adopted.stream().map(Adopted::id).toList());
		if (accountId != null) {
			rollups.addToAccounts(adopted.stream().filter(Adopted::hadNoAccount).map(Adopted::id).toList());
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
}
