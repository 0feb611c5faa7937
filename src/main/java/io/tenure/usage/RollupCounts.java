package io.tenure.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What some stored activity adds to the rollups: counts per account, day, name and feature; per
 * person, day, name and feature (with the person's account); and per event name, the taxonomy's
 * statistics; and when known people were seen (first and last). A batch counts its events into one,
 * and the follower merges the waiting batches' into one before it writes them: the same keys, added.
 */
final class RollupCounts {

	record AccountDay(long accountId, LocalDate day, String name, String feature) {
	}

	record PersonDay(long personId, LocalDate day, String name, String feature) {
	}

	/** A person's events on a day, and the largest account id among them (as rebuildAll's max(account_id)). */
	static final class PersonCount {

		int events;
		Long accountId;

		void add(int count, Long account) {
			events += count;
			if (account != null && (accountId == null || account > accountId)) {
				accountId = account;
			}
		}
	}

	/** How many events of a name were received, first and last, and the properties of the first counted. */
	static final class NameCount {

		final String example;
		long events;
		Instant first;
		Instant last;

		NameCount(String example) {
			this.example = example;
		}

		void add(long count, Instant firstReceived, Instant lastReceived) {
			events += count;
			first = first == null || firstReceived.isBefore(first) ? firstReceived : first;
			last = last == null || lastReceived.isAfter(last) ? lastReceived : last;
		}
	}

	final Map<AccountDay, int[]> accounts = new HashMap<>();
	final Map<PersonDay, PersonCount> people = new HashMap<>();
	final Map<String, NameCount> names = new HashMap<>();
	final Map<Long, Instant> firstSeen = new HashMap<>();
	final Map<Long, Instant> lastSeen = new HashMap<>();

	/** Counts one stored activity event (times as stored), under the feature the taxonomy gives it. */
	void event(NewEvent e, String feature) {
		LocalDate day = LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC);
		String name = EventFeatures.stored(e.name());
		if (e.accountId() != null) {
			account(e.accountId(), day, name, feature, 1);
		}
		if (e.personId() != null) {
			person(e.personId(), day, name, feature, e.accountId(), 1);
		}
		name(name, 1, e.receivedAt(), e.receivedAt(), e.properties());
	}

	void account(long accountId, LocalDate day, String name, String feature, int events) {
		accounts.computeIfAbsent(new AccountDay(accountId, day, name, feature), k -> new int[1])[0] += events;
	}

	void person(long personId, LocalDate day, String name, String feature, Long accountId, int events) {
		people.computeIfAbsent(new PersonDay(personId, day, name, feature), k -> new PersonCount()).add(events, accountId);
	}

	void name(String name, long events, Instant first, Instant last, String example) {
		names.computeIfAbsent(name, k -> new NameCount(example)).add(events, first, last);
	}

	/** A known person seen from first to last. */
	void seen(long personId, Instant first, Instant last) {
		firstSeen.merge(personId, first, (a, b) -> a.isBefore(b) ? a : b);
		lastSeen.merge(personId, last, (a, b) -> a.isAfter(b) ? a : b);
	}

	boolean isEmpty() {
		return accounts.isEmpty() && people.isEmpty() && names.isEmpty() && lastSeen.isEmpty();
	}

	Set<Long> accountIds() {
		Set<Long> ids = new HashSet<>();
		accounts.keySet().forEach(key -> ids.add(key.accountId()));
		return ids;
	}

	Set<Long> personIds() {
		Set<Long> ids = new HashSet<>();
		people.keySet().forEach(key -> ids.add(key.personId()));
		return ids;
	}

	/** The account counts as statement parameters: account ids, days, names, features, events. */
	Object[] accountColumns() {
		int n = accounts.size(), i = 0;
		Long[] ids = new Long[n];
		String[] days = new String[n], names = new String[n], features = new String[n];
		Integer[] events = new Integer[n];
		for (var count : accounts.entrySet()) {
			ids[i] = count.getKey().accountId();
			days[i] = count.getKey().day().toString();
			names[i] = count.getKey().name();
			features[i] = count.getKey().feature();
			events[i++] = count.getValue()[0];
		}
		return new Object[] { ids, days, names, features, events };
	}

	/** The person counts as statement parameters: person ids, days, names, features, accounts, events. */
	Object[] personColumns() {
		int n = people.size(), i = 0;
		Long[] ids = new Long[n], accounts = new Long[n];
		String[] days = new String[n], names = new String[n], features = new String[n];
		Integer[] events = new Integer[n];
		for (var count : people.entrySet()) {
			ids[i] = count.getKey().personId();
			days[i] = count.getKey().day().toString();
			names[i] = count.getKey().name();
			features[i] = count.getKey().feature();
			accounts[i] = count.getValue().accountId;
			events[i++] = count.getValue().events;
		}
		return new Object[] { ids, days, names, features, accounts, events };
	}

	/** The name counts as statement parameters: names, events, first and last received, examples. */
	Object[] nameColumns() {
		int n = names.size(), i = 0;
		String[] keys = new String[n], first = new String[n], last = new String[n], examples = new String[n];
		Long[] events = new Long[n];
		for (var count : names.entrySet()) {
			keys[i] = count.getKey();
			events[i] = count.getValue().events;
			first[i] = count.getValue().first.toString();
			last[i] = count.getValue().last.toString();
			examples[i++] = count.getValue().example;
		}
		return new Object[] { keys, events, first, last, examples };
	}

	/** The sightings as statement parameters: person ids, first and last seen. */
	Object[] seenColumns() {
		int n = lastSeen.size(), i = 0;
		Long[] ids = new Long[n];
		String[] first = new String[n], last = new String[n];
		for (var sighting : lastSeen.entrySet()) {
			ids[i] = sighting.getKey();
			first[i] = firstSeen.get(sighting.getKey()).toString();
			last[i++] = sighting.getValue().toString();
		}
		return new Object[] { ids, first, last };
	}

	/** The days counted per account or person and name, for the spans. */
	EventSpans.Seen spanDays() {
		EventSpans.Seen seen = new EventSpans.Seen();
		accounts.keySet().forEach(k -> seen.account(k.accountId(), k.name(), k.day()));
		people.keySet().forEach(k -> seen.person(k.personId(), k.name(), k.day()));
		return seen;
	}
}
