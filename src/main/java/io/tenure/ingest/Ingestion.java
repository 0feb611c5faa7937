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

	/** Stores the calls and returns how many were new (the rest repeated a message id). */
	public int ingest(List<Call> calls, Long writeKeyId) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> store(calls, writeKeyId));
			}
			catch (PessimisticLockingFailureException e) {
				if (attempt == ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
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
		List<Call> fresh = calls.stream().filter(call -> !stored.contains(call.messageId()) && messageIds.add(call.messageId()))
			.toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		var batch = new Batch(new SightingPolicy(taxonomy.namesIn(EventCategory.EMAIL_DELIVERED)), heldAccounts(fresh),
				heldPeople(fresh));
		for (Call call : fresh) {
			batch.pending.add(apply(call, batch, writeKeyId));
		}
		batch.flush();
		people.seen(batch.firstSeen, batch.lastSeen);
		batch.adoptions.forEach(adoption -> events.adoptAnonymous(adoption.anonymousId(), adoption.person().personId(),
				adoption.person().accountId()));
		return batch.stored;
	}

	/**
	 * The batch's accounts, the missing ones created first in the order of their ids and all of them
	 * held: two batches naming the same new accounts then wait for each other instead of deadlocking.
	 */
	private Map<String, Long> heldAccounts(List<Call> calls) {
		Map<String, Instant> first = new TreeMap<>();
		calls.stream().filter(call -> call.groupId() != null)
			.forEach(call -> first.merge(call.groupId(), call.occurredAt(), (a, b) -> a.isBefore(b) ? a : b));
		Map<String, Long> held = accounts.hold(first.keySet());
		first.forEach((groupId, at) -> held.computeIfAbsent(groupId, missing -> accounts.observe(missing, Map.of(), at)));
		return held;
	}

	/** Likewise the batch's people (an alias's previousId may be an anonymous visitor: held, never created). */
	private Map<String, Seen> heldPeople(List<Call> calls) {
		var userIds = new TreeSet<String>();
		calls.stream().map(Call::userId).filter(Objects::nonNull).forEach(userIds::add);
		Map<String, Seen> held = people.hold(Stream.concat(userIds.stream(),
				calls.stream().map(Call::previousId).filter(Objects::nonNull)).toList());
		userIds.forEach(userId -> held.computeIfAbsent(userId, missing -> people.observe(missing, Map.of(), null, null)));
		return held;
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
			stored += events.append(pending);
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
