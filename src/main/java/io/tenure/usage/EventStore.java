package io.tenure.usage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events (with COPY) and, in the same transaction, what they add to the daily rollups and the
 * taxonomy's statistics, counted from exactly the rows stored: a repeated message id is stored once
 * and counted once. The {@link RollupFollower} adds the counts to the rollups within about a second; the rollups
 * can be rebuilt from the events at any time. Activity that becomes a person's or an account's later
 * (adopted, moved) goes into the rollups at once, and is published as {@link ActivityRecorded} in the
 * same transaction (new activity is published by the follower, once counted).
 */
@Repository
public class EventStore {

	/** The unique index of the message ids. */
	public static final String MESSAGE_ID_INDEX = "events_message_id";

	private final JdbcClient db;
	private final DataSource dataSource;
	private final Rollups rollups;
	private final ApplicationEventPublisher publisher;

	EventStore(JdbcClient db, DataSource dataSource, Rollups rollups, ApplicationEventPublisher publisher) {
		this.db = db;
		this.dataSource = dataSource;
		this.rollups = rollups;
		this.publisher = publisher;
	}

	/**
	 * Which of these message ids are stored already, as given (an id with a lone surrogate character
	 * is stored as PostgreSQL receives it, with '?' in its place).
	 */
	public Set<String> known(Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Set.of();
		}
		Set<String> stored = new HashSet<>(db.sql("select message_id from events where message_id = any(?)")
			.param(messageIds.stream().map(EventFeatures::stored).toArray(String[]::new)).query(String.class).list());
		Set<String> known = new HashSet<>();
		for (String id : messageIds) {
			if (stored.contains(EventFeatures.stored(id))) {
				known.add(id);
			}
		}
		return known;
	}

	/** The message id as stored: two ids that differ only in lone surrogate characters are one. */
	public static String storedId(String messageId) {
		return EventFeatures.stored(messageId);
	}

	/**
	 * Stores the events whose message id is new (of two with one id, the first) and returns how many
	 * that was; the rollups will count exactly the activity stored. A concurrent transaction storing one
	 * of the ids meanwhile makes it fail with a DuplicateKeyException ({@link #storedMeanwhile}).
	 */
	@Transactional
	public int append(List<NewEvent> events) {
		Set<String> stored = known(events.stream().map(NewEvent::messageId).toList());
		return appendNew(events.stream().filter(e -> !stored.contains(EventFeatures.stored(e.messageId()))).toList());
	}

	/**
	 * Stores events none of whose message ids is stored, as the caller has checked ({@link #known}) in
	 * this transaction; of two with one id, the first. A batch that stores one of the ids meanwhile
	 * makes it fail with a DuplicateKeyException on {@value #MESSAGE_ID_INDEX}, and the caller tries
	 * again.
	 */
	@Transactional
	public int appendNew(List<NewEvent> events) {
		return appendNew(events, Map.of(), Map.of());
	}

	/** The same, with when the batch saw people it knew, which the follower has written ({@link SightingsWriter}). */
	@Transactional
	public int appendNew(List<NewEvent> events, Map<Long, Instant> firstSeen, Map<Long, Instant> lastSeen) {
		// two ids that differ only in lone surrogates reach PostgreSQL as one: the first is stored
		Set<String> ids = new HashSet<>();
		List<NewEvent> distinct = events.stream().filter(e -> ids.add(EventFeatures.stored(e.messageId()))).toList();
		List<NewEvent> stored = new ArrayList<>(distinct.size());
		for (NewEvent e : distinct) {
			stored.add(toTheMicrosecond(e));
		}
		EventCopy.write(dataSource, stored);
		rollups.add(stored.stream().filter(e -> e.type().activity()).toList(), firstSeen, lastSeen);
		return stored.size();
	}


	/** Whether this is the refusal of a message id stored meanwhile (by a concurrent batch), which is worth trying again. */
	public static boolean storedMeanwhile(org.springframework.dao.DuplicateKeyException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.postgresql.util.PSQLException refused && refused.getServerErrorMessage() != null) {
				return MESSAGE_ID_INDEX.equals(refused.getServerErrorMessage().getConstraint());
			}
		}
		return false;
	}

	/** Tells the listeners which accounts and people have new (or newly theirs) activity, if any. */
	private void recorded(Stream<Long> accountIds, Stream<Long> personIds) {
		Set<Long> accounts = accountIds.filter(Objects::nonNull).collect(Collectors.toSet());
		Set<Long> people = personIds.filter(Objects::nonNull).collect(Collectors.toSet());
		if (!accounts.isEmpty() || !people.isEmpty()) {
			publisher.publishEvent(new ActivityRecorded(accounts, people));
		}
	}

	/** The times as PostgreSQL keeps them, to the microsecond (rounded, half to even), so that the rollups count the same day. */
	private static NewEvent toTheMicrosecond(NewEvent e) {
		Instant occurred = micros(e.occurredAt()), received = micros(e.receivedAt());
		return occurred == e.occurredAt() && received == e.receivedAt() ? e
				: new NewEvent(e.messageId(), e.type(), e.name(), e.accountId(), e.personId(), e.userId(), e.anonymousId(), occurred,
						received, e.properties(), e.context(), e.writeKeyId());
	}

	/** The time as ISO 8601 text in UTC, to the nanosecond: Instant.toString's meaning, without a formatter, for years 1000 to 9999. */
	static String text(Instant time) {
		LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), ZoneOffset.UTC);
		if (t.getYear() < 1000 || t.getYear() > 9999) {
			return time.toString();
		}
		char[] c = "0000-00-00T00:00:00.000000000Z".toCharArray();
		digits(c, 0, 4, t.getYear());
		digits(c, 5, 2, t.getMonthValue());
		digits(c, 8, 2, t.getDayOfMonth());
		digits(c, 11, 2, t.getHour());
		digits(c, 14, 2, t.getMinute());
		digits(c, 17, 2, t.getSecond());
		digits(c, 20, 9, t.getNano());
		return new String(c);
	}

	private static void digits(char[] into, int at, int count, int value) {
		for (int i = at + count - 1; i >= at; i--) {
			into[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	private static Instant micros(Instant time) {
		int below = time.getNano() % 1_000;
		if (below == 0) {
			return time;
		}
		Instant down = time.minusNanos(below);
		boolean up = below > 500 || (below == 500 && (time.getNano() / 1_000) % 2 == 1);
		return up ? down.plusNanos(1_000) : down;
	}

	/**
	 * Anonymous events of a visitor who has now identified become the person's (Segment's alias and
	 * identify). They are added to the rollups they were missing from: the person's always, the
	 * account's when they had no account yet.
	 */
	@Transactional
	public int adoptAnonymous(String anonymousId, long personId, Long accountId) {
		record Adopted(long id, boolean hadNoAccount, boolean activity, Long accountId) {
		}
		List<Adopted> adopted = db.sql("""
				with visitor as (
				    select id, account_id is null as no_account from events
				    where anonymous_id = ? and person_id is null order by id for update)
				update events e set person_id = ?, account_id = coalesce(e.account_id, ?)
				from visitor v where e.id = v.id
				returning e.id, v.no_account, e.type in ('track', 'page', 'screen'), e.account_id""")
			.params(anonymousId, personId, accountId)
			.query((rs, n) -> new Adopted(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), (Long) rs.getObject(4))).list();
		// the accounts' rows first, then the people's, as the follower writes them
		if (accountId != null) {
			rollups.addToAccounts(adopted.stream().filter(Adopted::hadNoAccount).map(Adopted::id).toList());
		}
		rollups.addToPeople(adopted.stream().map(Adopted::id).toList());
		List<Adopted> activity = adopted.stream().filter(Adopted::activity).toList();
		if (!activity.isEmpty()) {
			recorded(activity.stream().map(Adopted::accountId), Stream.of(personId));
		}
		return adopted.size();
	}

	/** All events of one person become another's (people merged by alias). */
	@Transactional
	public int movePerson(long fromPersonId, long toPersonId) {
		record Moved(boolean activity, Long accountId) {
		}
		List<Moved> moved = db.sql("""
				update events set person_id = ? where person_id = ?
				returning type in ('track', 'page', 'screen'), account_id""")
			.params(toPersonId, fromPersonId).query((rs, n) -> new Moved(rs.getBoolean(1), (Long) rs.getObject(2))).list();
		rollups.movePerson(fromPersonId, toPersonId);
		List<Moved> activity = moved.stream().filter(Moved::activity).toList();
		if (!activity.isEmpty()) {
			recorded(activity.stream().map(Moved::accountId), Stream.of(fromPersonId, toPersonId));
		}
		return moved.size();
	}
}
