package io.tenure.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.signals.IndicatorFinding;
import io.tenure.signals.SignalValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the scores of one day (one row per account, replaced when recomputed) and, for today, each
 * account's latest health: signals, indicators and score. Each table in one statement over arrays.
 */
@Repository
class DayScores {

	/** One account's result for a day. */
	record Scored(long accountId, String scorecard, HealthScore score, SignalValues signals, List<IndicatorFinding> findings) {
	}

	private final JdbcClient db;
	private final ObjectMapper json;

	DayScores(JdbcClient db, ObjectMapper json) {
		this.db = db;
		this.json = json;
	}

	void write(LocalDate day, List<Scored> scored) {
		if (scored.isEmpty()) {
			return;
		}
		Columns c = new Columns(scored);
		db.sql("""
				insert into account_scores (account_id, day, score, band, scorecard, computed_at)
				select a, ?, s, b, c, now() from unnest(?::bigint[], ?::numeric[], ?::text[], ?::text[]) as x(a, s, b, c)
				order by a
				on conflict (account_id, day) do update set score = excluded.score, band = excluded.band,
				    scorecard = excluded.scorecard, computed_at = excluded.computed_at""")
			.params(day, c.ids, c.scores, c.bands, c.cards).update();
	}

	void writeLatest(LocalDate day, List<Scored> scored) {
		if (scored.isEmpty()) {
			return;
		}
		Columns c = new Columns(scored);
		int n = scored.size();
		String[] signals = new String[n], indicators = new String[n];
		for (int i = 0; i < n; i++) {
			Scored s = scored.get(i);
			signals[i] = text(s.signals().byKey());
			List<String> keys = new ArrayList<>();
			s.findings().forEach(f -> keys.add(f.indicator().key()));
			indicators[i] = text(keys);
		}
		db.sql("""
				insert into account_health (account_id, as_of, score, band, scorecard, signals, indicators, computed_at)
				select a, ?, s, b, c, sig::jsonb, array(select jsonb_array_elements_text(ind::jsonb)), now()
				from unnest(?::bigint[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::text[]) as x(a, s, b, c, sig, ind)
				order by a
				on conflict (account_id) do update set as_of = excluded.as_of, score = excluded.score, band = excluded.band,
				    scorecard = excluded.scorecard, signals = excluded.signals, indicators = excluded.indicators,
				    computed_at = excluded.computed_at
				where account_health.as_of <= excluded.as_of""")
			.params(day, c.ids, c.scores, c.bands, c.cards, signals, indicators).update();
	}

	/** Writes people's latest signals (as of the day), in chunks. */
	void writePeople(LocalDate day, java.util.Map<Long, SignalValues> people) {
		List<Long> ids = new ArrayList<>(people.keySet());
		java.util.Collections.sort(ids);
		for (int from = 0; from < ids.size(); from += 10_000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
			String[] signals = new String[chunk.size()];
			for (int i = 0; i < chunk.size(); i++) {
				signals[i] = text(people.get(chunk.get(i)).byKey());
			}
			db.sql("""
					insert into person_health (person_id, account_id, as_of, signals, computed_at)
					select x.p, pe.account_id, ?, x.sig::jsonb, now()
					from unnest(?::bigint[], ?::text[]) as x(p, sig) left join people pe on pe.id = x.p
					order by x.p
					on conflict (person_id) do update set account_id = excluded.account_id, as_of = excluded.as_of,
					    signals = excluded.signals, computed_at = excluded.computed_at
					where person_health.as_of <= excluded.as_of""")
				.params(day, chunk.toArray(Long[]::new), signals).update();
		}
	}

	/** Forgets the latest signals of people who had no activity in the windows of the day (now all zero). */
	void forgetPeopleExcept(LocalDate day) {
		db.sql("delete from person_health where as_of < ?").param(day).update();
	}

	/** Forgets the latest health of accounts no longer scored (churned, or gone). */
	void forgetLatestExcept(List<Long> accountIds) {
		db.sql("delete from account_health where not (account_id = any(?))").param(accountIds.toArray(Long[]::new)).update();
	}

	/** The columns every score row has, as arrays for unnest. */
	private static final class Columns {

		final Long[] ids;
		final Double[] scores;
		final String[] bands;
		final String[] cards;

		Columns(List<Scored> scored) {
			int n = scored.size();
			ids = new Long[n];
			scores = new Double[n];
			bands = new String[n];
			cards = new String[n];
			for (int i = 0; i < n; i++) {
				Scored s = scored.get(i);
				ids[i] = s.accountId();
				scores[i] = s.score().score();
				bands[i] = s.score().band() == null ? null : s.score().band().name();
				cards[i] = s.scorecard();
			}
		}
	}

	private String text(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
