package io.tenure.usage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
		List<Object> columns = new ArrayList<>(19);
		for (Object[] part : List.of(counts.accountColumns(), counts.personColumns(), counts.nameColumns(), counts.seenColumns())) {
			columns.addAll(Arrays.asList(part));
		}
		db.sql(WRITE).params(columns).update();
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
