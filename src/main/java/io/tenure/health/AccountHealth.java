package io.tenure.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.tenure.accounts.AccountState;
import io.tenure.accounts.Accounts;
import io.tenure.signals.AccountSignals;
import io.tenure.signals.BaseLines;
import io.tenure.signals.EmergencyIndicators;
import io.tenure.signals.SignalValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads an account's health: explained as of any day (computed afresh), and its kept daily history. */
@Service
public class AccountHealth {

	/** One kept daily score; score and band null when there was nothing to measure. */
	public record DayScore(LocalDate day, Double score, Band band) {
	}

	private final Accounts accounts;
	private final AccountSignals signals;
	private final BaseLines baseLines;
	private final EmergencyIndicators indicators;
	private final Scorecards scorecards;
	private final JdbcClient db;

	AccountHealth(Accounts accounts, AccountSignals signals, BaseLines baseLines, EmergencyIndicators indicators,
			Scorecards scorecards, JdbcClient db) {
		this.accounts = accounts;
		this.signals = signals;
		this.baseLines = baseLines;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.db = db;
	}

	/**
	 * The account's health as of the end of a day, with the scorecard for its tier and stage on that day.
	 * Empty when the account did not exist yet.
	 */
	public Optional<HealthExplanation> explain(long accountId, LocalDate day) {
		Optional<AccountState> state = accounts.stateAsOf(accountId, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000));
		if (state.isEmpty()) {
			return Optional.empty();
		}
		Scorecard card = scorecards.forAccount(state.get().tier().name(), state.get().lifecycleStage().name());
		SignalValues now = signals.account(accountId, day);
		SignalValues before = signals.account(accountId, day.minusDays(7));
		HealthScore score = card.score(now::get);
		HealthScore weekBefore = card.score(before::get);
		return Optional.of(new HealthExplanation(accountId, day, card.name(), score, weekBefore,
				ScoreChange.between(weekBefore, score, 3), now, indicators.findings(now, baseLines.asOf(day))));
	}

	/** The kept daily scores between two days, oldest first. */
	public List<DayScore> history(long accountId, LocalDate from, LocalDate to) {
		return db.sql("select day, score, band from account_scores where account_id = ? and day between ? and ? order by day")
			.params(accountId, from, to)
			.query((rs, n) -> new DayScore(rs.getObject("day", LocalDate.class), number(rs.getBigDecimal("score")),
					rs.getString("band") == null ? null : Band.valueOf(rs.getString("band"))))
			.list();
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}
}
