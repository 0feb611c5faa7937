package io.tenure.signals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals of accounts and people as of the end of a day (UTC), from what had happened by then. An
 * account or person without any activity has zero counts and no rates, never an error.
 */
@Service
public class AccountSignals {

	private final ActivityWindows windows;

	AccountSignals(ActivityWindows windows) {
		this.windows = windows;
	}

	/** The signals of these accounts (ids that are not accounts get zero activity). */
	@Transactional(readOnly = true)
	public Map<Long, SignalValues> accounts(LocalDate day, Collection<Long> accountIds) {
		Map<Long, ActivityCounts> counts = windows.accounts(day, List.copyOf(accountIds));
		int keyEvents = windows.keyEventsDefined();
		Map<Long, SignalValues> out = new TreeMap<>();
		for (Long id : accountIds) {
			out.put(id, SignalMath.values(day, counts.getOrDefault(id, ActivityCounts.none(true)), keyEvents));
		}
		return out;
	}

	/** The signals of every account with any activity or known seats, in one pass over the rollups. */
	@Transactional(readOnly = true)
	public Map<Long, SignalValues> allAccounts(LocalDate day, Collection<Long> accountIds) {
		Map<Long, ActivityCounts> counts = windows.accounts(day, null);
		int keyEvents = windows.keyEventsDefined();
		Map<Long, SignalValues> out = new TreeMap<>();
		for (Long id : accountIds) {
			out.put(id, SignalMath.values(day, counts.getOrDefault(id, ActivityCounts.none(true)), keyEvents));
		}
		return out;
	}

	public SignalValues account(long accountId, LocalDate day) {
		return accounts(day, List.of(accountId)).get(accountId);
	}

	/** The signals of every person with any activity, in one pass over the rollups (others have none to show). */
	@Transactional(readOnly = true)
	public Map<Long, SignalValues> allPeople(LocalDate day) {
		Map<Long, ActivityCounts> counts = windows.people(day, null);
		int keyEvents = windows.keyEventsDefined();
		Map<Long, SignalValues> out = new java.util.HashMap<>();
		counts.forEach((id, c) -> out.put(id, SignalMath.values(day, c, keyEvents)));
		return out;
	}

	/** What a person without any activity shows as of a day: zero counts, no rates. */
	public SignalValues personWithoutActivity(LocalDate day) {
		return SignalMath.values(day, ActivityCounts.none(false), windows.keyEventsDefined());
	}

	/** The signals of these people. */
	@Transactional(readOnly = true)
	public Map<Long, SignalValues> people(LocalDate day, Collection<Long> personIds) {
		Map<Long, ActivityCounts> counts = windows.people(day, List.copyOf(personIds));
		int keyEvents = windows.keyEventsDefined();
		Map<Long, SignalValues> out = new TreeMap<>();
		for (Long id : personIds) {
			out.put(id, SignalMath.values(day, counts.getOrDefault(id, ActivityCounts.none(false)), keyEvents));
		}
		return out;
	}
}
