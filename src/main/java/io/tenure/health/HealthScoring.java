package io.tenure.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import io.tenure.accounts.AccountState;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.signals.AccountSignals;
import io.tenure.signals.BaseLine;
import io.tenure.signals.BaseLines;
import io.tenure.signals.EmergencyIndicators;
import io.tenure.signals.SignalValues;

import org.springframework.stereotype.Service;

/**
 * Scores accounts as of the end of a day: the accounts that existed then and had not churned, each with
 * the scorecard for its tier and stage of that day, from the signals of that day. Writes the day's row
 * per account and, for today, the latest health shown in lists.
 */
@Service
public class HealthScoring {

	private static final int CHUNK = 2_000;

	private final Accounts accounts;
	private final AccountSignals signals;
	private final BaseLines baseLines;
	private final EmergencyIndicators indicators;
	private final Scorecards scorecards;
	private final DayScores dayScores;
	private final Clock clock;
	private final org.springframework.jdbc.core.simple.JdbcClient db;

	HealthScoring(Accounts accounts, AccountSignals signals, BaseLines baseLines, EmergencyIndicators indicators,
			Scorecards scorecards, DayScores dayScores, Clock clock, org.springframework.jdbc.core.simple.JdbcClient db) {
		this.db = db;
		this.accounts = accounts;
		this.signals = signals;
		this.baseLines = baseLines;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.dayScores = dayScores;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/** Scores every account of the day; reports how many are done as it goes. Returns how many were scored. */
	public int scoreAll(LocalDate day, IntConsumer progress) {
		List<AccountState> states = living(day, null);
		Map<Long, SignalValues> values = signals.allAccounts(day, states.stream().map(AccountState::accountId).toList());
		List<DayScores.Scored> scored = score(day, states, values, progress);
		if (day.equals(today())) {
			dayScores.forgetLatestExcept(states.stream().map(AccountState::accountId).toList());
			dayScores.writePeople(day, signals.allPeople(day));
			dayScores.forgetPeopleExcept(day);
		}
		return scored.size();
	}

	/**
	 * Scores some accounts as of a day (those that were not living accounts then are left out) and, for
	 * today, stores the latest signals of their people.
	 */
	public int scoreSome(LocalDate day, Collection<Long> accountIds) {
		int scored = scoreAccounts(day, accountIds);
		if (day.equals(today())) {
			refreshPeople(day, accountIds);
		}
		return scored;
	}

	/** Scores some accounts as of a day, and only them. */
	int scoreAccounts(LocalDate day, Collection<Long> accountIds) {
		List<AccountState> states = living(day, Set.copyOf(accountIds));
		Map<Long, SignalValues> values = signals.accounts(day, states.stream().map(AccountState::accountId).toList());
		return score(day, states, values, done -> {
		}).size();
	}

	/** Stores the latest signals of these people, as of a day (those merged away meanwhile are left out). */
	void refreshPeopleById(LocalDate day, Collection<Long> personIds) {
		if (!personIds.isEmpty()) {
			writePeople(day, db.sql("select id from people where id = any(?)").param(personIds.toArray(Long[]::new))
				.query(Long.class).list());
		}
	}

	/** Stores the latest signals of the people of these accounts, as of a day (segments over people read them). */
	public void refreshPeople(LocalDate day, Collection<Long> accountIds) {
		if (!accountIds.isEmpty()) {
			writePeople(day, peopleOf(accountIds));
		}
	}

	private void writePeople(LocalDate day, List<Long> personIds) {
		if (!personIds.isEmpty()) {
			dayScores.writePeople(day, signals.people(day, personIds));
		}
	}

	private List<DayScores.Scored> score(LocalDate day, List<AccountState> states, Map<Long, SignalValues> values,
			IntConsumer progress) {
		BaseLine base = baseLines.asOf(day);
		EmergencyIndicators.Check check = indicators.check();
		List<DayScores.Scored> all = new ArrayList<>();
		List<DayScores.Scored> chunk = new ArrayList<>();
		for (AccountState state : states) {
			SignalValues v = values.get(state.accountId());
			Scorecard card = scorecards.forAccount(state.tier().name(), state.lifecycleStage().name());
			chunk.add(new DayScores.Scored(state.accountId(), card.name(), card.score(v::get), v, check.findings(v, base)));
			if (chunk.size() == CHUNK) {
				write(day, chunk);
				all.addAll(chunk);
				progress.accept(all.size());
				chunk = new ArrayList<>();
			}
		}
		write(day, chunk);
		all.addAll(chunk);
		progress.accept(all.size());
		return all;
	}

	private void write(LocalDate day, List<DayScores.Scored> chunk) {
		dayScores.write(day, chunk);
		if (day.equals(today())) {
			dayScores.writeLatest(day, chunk);
		}
	}

	private List<Long> peopleOf(Collection<Long> accountIds) {
		return db.sql("select id from people where account_id = any(?)").param(accountIds.toArray(Long[]::new)).query(Long.class).list();
	}

	private List<AccountState> living(LocalDate day, Set<Long> only) {
		return accounts.statesAsOf(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000)).stream()
			.filter(s -> s.lifecycleStage() != LifecycleStage.CHURNED)
			.filter(s -> only == null || only.contains(s.accountId()))
			.toList();
	}
}
