package io.tenure.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.accounts.ObservedAccounts;
import io.tenure.accounts.ObservedPeople;
import io.tenure.accounts.ObservedPeople.Seen;
import io.tenure.usage.CallType;
import io.tenure.usage.EventCategory;
import io.tenure.usage.EventStore;
import io.tenure.usage.NewEvent;
import io.tenure.usage.Taxonomy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns checked calls into people, accounts and events, all in one transaction: a batch is stored
 * whole or not at all, and a call whose message id is stored already changes nothing. Batches that
 * touch the same people and accounts lock them in one order; a deadlock that happens anyway (two new
 * rows at once) rolls the batch back and it is tried again.
 */
@Service
public class Ingestion {

	private static final int ATTEMPTS = 5;

	private final EventStore events;
	private final ObservedAccounts accounts;
	private final ObservedPeople people;
	private final ObjectMapper json;
	private final TransactionTemplate transaction;
	private final Taxonomy taxonomy;

	Ingestion(EventStore events, ObservedAccounts accounts, ObservedPeople people, ObjectMapper json,
			PlatformTransactionManager transactions, Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.events = events;
		this.accounts = accounts;
		this.people = people;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Stores the calls and returns how many were new (the rest repeated a message id). When the batch
	 * saw people it knew goes with its rollup counts and is written by the rollup follower (merged with
	 * other batches', see {@link Sightings}), so that batches do not hold each other's people.
	 */
	public int ingest(List<Call> calls, Long writeKeyId) {
		return retrying(() -> transaction.execute(status -> store(calls, writeKeyId)));
	}

	private <T> T retrying(java.util.function.Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (PessimisticLockingFailureException | DuplicateKeyException e) {
				boolean retry = !(e instanceof DuplicateKeyException duplicate) || EventStore.storedMeanwhile(duplicate);
				if (!retry || attempt == ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
					throw e;
				}
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while retrying a batch", e);
		}
	}

	private int store(List<Call> calls, Long writeKeyId) {
		Set<String> stored = events.known(calls.stream().map(Call::messageId).toList());
		Set<String> messageIds = new HashSet<>();
		List<Call> fresh = calls.stream()
			.filter(call -> !stored.contains(call.messageId()) && messageIds.add(EventStore.storedId(call.messageId()))).toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		var batch = new Batch(new SightingPolicy(taxonomy.namesIn(EventCategory.EMAIL_DELIVERED)), heldAccounts(fresh),
				heldPeople(fresh));
		for (Call call : fresh) {
			batch.pending.add(apply(call, batch, writeKeyId));
		}
		batch.flushWithSightings();
		batch.adoptions.forEach(adoption -> events.adoptAnonymous(adoption.anonymousId(), adoption.person().personId(),
				adoption.person().accountId()));
		return batch.stored;
	}

	/**
	 * The batch's accounts. Only those it will write are held, in the order of their ids, the missing
	 * ones created in that order too: two batches that write the same accounts wait for each other
	 * instead of deadlocking, and batches that only mention an account do not wait at all.
	 */
	private Map<String, Long> heldAccounts(List<Call> calls) {
		Map<String, Instant> first = new TreeMap<>();
		calls.stream().filter(call -> call.groupId() != null)
			.forEach(call -> first.merge(call.groupId(), call.occurredAt(), (a, b) -> a.isBefore(b) ? a : b));
		Map<String, Long> known = new HashMap<>(accounts.read(first.keySet()));
		var described = new TreeSet<String>();
		calls.stream().filter(call -> call.type() == CallType.GROUP && !call.traits().isEmpty() && known.containsKey(call.groupId()))
			.forEach(call -> described.add(call.groupId()));
		known.putAll(accounts.hold(described));
		first.forEach((groupId, at) -> known.computeIfAbsent(groupId, missing -> accounts.observe(missing, Map.of(), at)));
		return known;
	}

	/**
	 * Likewise the batch's people: held are those it describes (identify with traits), links to an
	 * account (group, or a first account) or merges (alias; an alias's previousId may be an anonymous
	 * visitor, never created).
	 */
	private Map<String, Seen> heldPeople(List<Call> calls) {
		var userIds = new TreeSet<String>();
		calls.stream().map(Call::userId).filter(Objects::nonNull).forEach(userIds::add);
		Map<String, Seen> known = new HashMap<>(people.read(Stream.concat(userIds.stream(),
				calls.stream().map(Call::previousId).filter(Objects::nonNull)).toList()));
		var written = new TreeSet<String>();
		for (Call call : calls) {
			Seen person = call.userId() == null ? null : known.get(call.userId());
			boolean describes = call.type() == CallType.IDENTIFY && !call.traits().isEmpty();
			boolean links = call.type() == CallType.GROUP || (call.groupId() != null && person != null && person.accountId() == null);
			if (person != null && (describes || links || call.type() == CallType.ALIAS)) {
				written.add(call.userId());
			}
			if (call.type() == CallType.ALIAS && known.containsKey(call.previousId())) {
				written.add(call.previousId());
			}
		}
		known.putAll(people.hold(written));
		userIds.forEach(userId -> known.computeIfAbsent(userId, missing -> people.observe(missing, Map.of(), null, null)));
		return known;
	}

	private NewEvent apply(Call call, Batch batch, Long writeKeyId) {
		Long accountId = call.groupId() == null ? null : batch.account(call);
		Seen person = null;
		if (call.type() == CallType.ALIAS) {
			person = alias(call, batch);
		}
		else if (call.userId() != null) {
			person = batch.person(call, accountId);
			if (call.type() == CallType.GROUP && !accountId.equals(person.accountId())) {
				people.link(person.personId(), accountId);
				person = new Seen(person.personId(), accountId);
				batch.people.put(call.userId(), person);
			}
			if (call.anonymousId() != null) {
				batch.adoptions.add(new Adoption(call.anonymousId(), person));
			}
		}
		Long eventAccount = accountId != null ? accountId : person == null ? null : person.accountId();
		return new NewEvent(call.messageId(), call.type(), call.eventName(), eventAccount, person == null ? null : person.personId(),
				call.userId(), call.anonymousId(), call.occurredAt(), call.receivedAt(),
				text(call.type() == CallType.IDENTIFY || call.type() == CallType.GROUP ? call.traits() : call.properties()),
				text(call.context()), writeKeyId);
	}

	/** previousId becomes userId: a known person is merged into the new one; an anonymous visitor's events are adopted. */
	private Seen alias(Call call, Batch batch) {
		Seen into = batch.person(call, null);
		var previous = people.find(call.previousId()).filter(known -> known.personId() != into.personId());
		if (previous.isEmpty()) {
			batch.adoptions.add(new Adoption(call.previousId(), into));
			return into;
		}
		batch.flush();
		events.movePerson(previous.get().personId(), into.personId());
		people.merge(previous.get().personId(), into.personId());
		Seen merged = people.find(call.userId()).orElseThrow();
		batch.replace(call.previousId(), previous.get().personId(), call.userId(), merged);
		return merged;
	}

	private String text(Map<String, Object> map) {
		if (map instanceof ReceivedJson received) {
			return received.text();
		}
		try {
			return json.writeValueAsString(map);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Adoption(String anonymousId, Seen person) {
	}

	/**
	 * What one batch knows: the people and accounts that existed (read once, at the start), and those
	 * it wrote. A known person or account is written only when a call describes them (identify, group
	 * with traits); otherwise only when they were seen is kept, and written once at the end.
	 */
	private final class Batch {

		final Map<String, Seen> people;
		final Map<String, Long> accounts;
		final Map<Long, Instant> firstSeen = new HashMap<>();
		final Map<Long, Instant> lastSeen = new HashMap<>();
		final Set<Adoption> adoptions = new java.util.LinkedHashSet<>();
		final List<NewEvent> pending = new ArrayList<>();
		final SightingPolicy sightings;
		int stored;

		Batch(SightingPolicy sightings, Map<String, Long> accounts, Map<String, Seen> people) {
			this.sightings = sightings;
			this.accounts = accounts;
			this.people = people;
		}

		/** Stores the events built so far (before an alias moves a person's events). */
		void flush() {
			stored += events.appendNew(pending);
			pending.clear();
		}

		/** Stores the rest, with when the batch saw the people it knew. */
		void flushWithSightings() {
			stored += events.appendNew(pending, firstSeen, lastSeen);
			pending.clear();
		}

		/** After a merge: what the batch knew of the old person now belongs to the one they became. */
		void replace(String previousId, long previousPersonId, String userId, Seen merged) {
			people.remove(previousId);
			people.put(userId, merged);
			Instant first = firstSeen.remove(previousPersonId);
			Instant last = lastSeen.remove(previousPersonId);
			if (first != null) {
				firstSeen.merge(merged.personId(), first, (a, b) -> a.isBefore(b) ? a : b);
				lastSeen.merge(merged.personId(), last, (a, b) -> a.isAfter(b) ? a : b);
			}
			List<Adoption> moved = adoptions.stream()
				.map(a -> a.person().personId() == previousPersonId ? new Adoption(a.anonymousId(), merged) : a).toList();
			adoptions.clear();
			adoptions.addAll(moved);
		}

		Long account(Call call) {
			boolean describes = call.type() == CallType.GROUP && !call.traits().isEmpty();
			Long known = accounts.get(call.groupId());
			if (known != null && !describes) {
				return known;
			}
			long id = Ingestion.this.accounts.observe(call.groupId(), describes ? call.traits() : Map.of(), call.occurredAt());
			accounts.put(call.groupId(), id);
			return id;
		}

		Seen person(Call call, Long accountId) {
			boolean describes = call.type() == CallType.IDENTIFY && !call.traits().isEmpty();
			Seen known = people.get(call.userId());
			boolean sighting = sightings.sees(call);
			if (known != null && !describes && (accountId == null || known.accountId() != null)) {
				if (sighting) {
					firstSeen.merge(known.personId(), call.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
					lastSeen.merge(known.personId(), call.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
				}
				return known;
			}
			Seen seen = Ingestion.this.people.observe(call.userId(), describes ? call.traits() : Map.of(), accountId,
					sighting ? call.occurredAt() : null);
			people.put(call.userId(), seen);
			return seen;
		}
	}
}
