package io.tenure.usage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rollup counts of stored batches that the follower has not applied yet: one row a batch,
 * written in the batch's transaction, so that it exists exactly when the batch's events do. Taking
 * them deletes them, in the taker's transaction: a delta is applied once, or stays if that
 * transaction rolls back.
 */
final class RollupDeltas {

	private static final String WRITE = """
			insert into rollup_deltas (account_ids, account_days, account_names, account_features, account_events,
			    person_ids, person_days, person_names, person_features, person_accounts, person_events,
			    names, name_events, name_first_seen, name_last_seen, name_examples, seen_people, seen_first, seen_last)
			values (?::bigint[], ?::date[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::bigint[],
			    ?::int[], ?::text[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::bigint[], ?::timestamptz[],
			    ?::timestamptz[])""";

	/** The oldest waiting deltas, deleted; days as ISO text (read without a time zone). */
	private static final String TAKE = """
			delete from rollup_deltas where id in (select id from rollup_deltas where id <= ? order by id limit ?)
			returning account_ids, account_days::text[], account_names, account_features, account_events,
			    person_ids, person_days::text[], person_names, person_features, person_accounts, person_events,
			    names, name_events, name_first_seen, name_last_seen, name_examples, seen_people, seen_first, seen_last""";

	private final JdbcClient db;

	RollupDeltas(JdbcClient db) {
		this.db = db;
	}

	void write(RollupCounts counts) {
		int a = counts.accounts.size(), i = 0;
		Long[] accounts = new Long[a];
		String[] accountDays = new String[a], accountNames = new String[a], accountFeatures = new String[a];
		Integer[] accountEvents = new Integer[a];
		for (var count : counts.accounts.entrySet()) {
			accounts[i] = count.getKey().accountId();
			accountDays[i] = count.getKey().day().toString();
			accountNames[i] = count.getKey().name();
			accountFeatures[i] = count.getKey().feature();
			accountEvents[i++] = count.getValue()[0];
		}
		int p = counts.people.size();
		i = 0;
		Long[] people = new Long[p], personAccounts = new Long[p];
		String[] personDays = new String[p], personNames = new String[p], personFeatures = new String[p];
		Integer[] personEvents = new Integer[p];
		for (var count : counts.people.entrySet()) {
			people[i] = count.getKey().personId();
			personDays[i] = count.getKey().day().toString();
			personNames[i] = count.getKey().name();
			personFeatures[i] = count.getKey().feature();
			personAccounts[i] = count.getValue().accountId;
			personEvents[i++] = count.getValue().events;
		}
		int n = counts.names.size();
		i = 0;
		String[] names = new String[n], first = new String[n], last = new String[n], examples = new String[n];
		Long[] nameEvents = new Long[n];
		for (var count : counts.names.entrySet()) {
			names[i] = count.getKey();
			nameEvents[i] = count.getValue().events;
			first[i] = count.getValue().first.toString();
			last[i] = count.getValue().last.toString();
			examples[i++] = count.getValue().example;
		}
		int s = counts.lastSeen.size();
		i = 0;
		Long[] seen = new Long[s];
		String[] seenFirst = new String[s], seenLast = new String[s];
		for (var sighting : counts.lastSeen.entrySet()) {
			seen[i] = sighting.getKey();
			seenFirst[i] = counts.firstSeen.get(sighting.getKey()).toString();
			seenLast[i++] = sighting.getValue().toString();
		}
		db.sql(WRITE).params(accounts, accountDays, accountNames, accountFeatures, accountEvents, people, personDays, personNames,
				personFeatures, personAccounts, personEvents, names, nameEvents, first, last, examples, seen, seenFirst, seenLast).update();
	}

	/** Up to this many of the oldest deltas (up to this id), deleted and merged into one: how many there were, and their counts. */
	Taken take(int limit, long upTo) {
		RollupCounts merged = new RollupCounts();
		int deltas = db.sql(TAKE).params(upTo, limit).query((rs, row) -> {
			read(rs, merged);
			return row;
		}).list().size();
		return new Taken(deltas, merged);
	}

	record Taken(int deltas, RollupCounts counts) {
	}

	private static void read(ResultSet rs, RollupCounts into) throws SQLException {
		Object[] accounts = array(rs, 1), accountDays = array(rs, 2), accountNames = array(rs, 3), accountFeatures = array(rs, 4);
		Object[] accountEvents = array(rs, 5);
		for (int i = 0; i < accounts.length; i++) {
			into.account((Long) accounts[i], LocalDate.parse((String) accountDays[i]), (String) accountNames[i],
					(String) accountFeatures[i], (Integer) accountEvents[i]);
		}
		Object[] people = array(rs, 6), personDays = array(rs, 7), personNames = array(rs, 8), personFeatures = array(rs, 9);
		Object[] personAccounts = array(rs, 10), personEvents = array(rs, 11);
		for (int i = 0; i < people.length; i++) {
			into.person((Long) people[i], LocalDate.parse((String) personDays[i]), (String) personNames[i], (String) personFeatures[i],
					(Long) personAccounts[i], (Integer) personEvents[i]);
		}
		Object[] names = array(rs, 12), nameEvents = array(rs, 13), first = array(rs, 14), last = array(rs, 15), examples = array(rs, 16);
		for (int i = 0; i < names.length; i++) {
			into.name((String) names[i], (Long) nameEvents[i], instant(first[i]), instant(last[i]), (String) examples[i]);
		}
		Object[] seen = array(rs, 17), seenFirst = array(rs, 18), seenLast = array(rs, 19);
		for (int i = 0; i < seen.length; i++) {
			into.seen((Long) seen[i], instant(seenFirst[i]), instant(seenLast[i]));
		}
	}

	private static Object[] array(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		try {
			return (Object[]) array.getArray();
		}
		finally {
			array.free();
		}
	}

	private static Instant instant(Object time) {
		return ((Timestamp) time).toInstant();
	}
}
