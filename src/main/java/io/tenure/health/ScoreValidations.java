package io.tenure.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the kept scores against what happened next. No leakage: each score was computed as of its day
 * from what had happened by then; the outcome is churn (the day the account's stage became CHURNED) in
 * the 90 days after. Only days with a complete horizon count, and only after 90 days of activity history
 * (before that the signals' windows are not yet full).
 */
@Service
public class ScoreValidations {

	static final int HORIZON_DAYS = 90;
	private static final int WARM_UP_DAYS = 90;
	private static final int STEP_DAYS = 7;

	record Sample(Double score, Band band, boolean churned) {
	}

	private final JdbcClient db;
	private final Clock clock;

	ScoreValidations(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public ScoreValidation validate() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate first = db.sql("select min(day) from account_daily_events").query(LocalDate.class).optional().orElse(today);
		return validate(first, today, null);
	}

	/** Over the history from the first day with activity to today, for some accounts (null: all). */
	ScoreValidation validate(LocalDate first, LocalDate today, Long[] accounts) {
		LocalDate from = first.plusDays(WARM_UP_DAYS);
		LocalDate to = today.minusDays(HORIZON_DAYS);
		List<Sample> samples = from.isAfter(to) ? List.of() : samples(from, to, accounts);
		int asOfDays = from.isAfter(to) ? 0 : (int) (ChronoUnit.DAYS.between(from, to) / STEP_DAYS) + 1;
		Map<Band, int[]> byBand = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			byBand.put(band, new int[2]);
		}
		int churned = 0;
		for (Sample s : samples) {
			int[] counts = byBand.get(s.band());
			counts[0]++;
			if (s.churned()) {
				counts[1]++;
				churned++;
			}
		}
		List<ScoreValidation.BandOutcome> bands = new ArrayList<>();
		byBand.forEach((band, counts) -> bands.add(new ScoreValidation.BandOutcome(band, counts[0], counts[1])));
		List<Integer> daysRed = daysRedBeforeChurn(first.plusDays(WARM_UP_DAYS), today, accounts);
		int churnedAccounts = daysRed.size();
		List<Integer> red = daysRed.stream().filter(d -> d > 0).sorted().toList();
		return new ScoreValidation(from, to, asOfDays, samples.size(), churned, bands, auc(samples), churnedAccounts, red.size(),
				median(red), buckets(red), HORIZON_DAYS);
	}

	private List<Sample> samples(LocalDate from, LocalDate to, Long[] accounts) {
		return db.sql("""
				with churn as (
				    select account_id, min(valid_from at time zone 'UTC')::date as churned_on
				    from account_versions where lifecycle_stage = 'CHURNED' group by account_id)
				select s.score, s.band, coalesce(c.churned_on > s.day and c.churned_on <= s.day + :horizon, false) as churned
				from account_scores s left join churn c on c.account_id = s.account_id
				where s.score is not null and s.day between :from and :to and (s.day - :from) % :step = 0
				  and (:all or s.account_id = any(:accounts))""")
			.param("all", accounts == null).param("accounts", accounts == null ? new Long[0] : accounts).param("from", from).param("to", to).param("horizon", HORIZON_DAYS).param("step", STEP_DAYS)
			.query((rs, n) -> new Sample(rs.getDouble("score"), Band.valueOf(rs.getString("band")), rs.getBoolean("churned")))
			.list();
	}

	/**
	 * For every account that churned after the warm-up, how many days it had been red without a break
	 * just before (0 when it was not red the day before it churned, or had no score then).
	 */
	private List<Integer> daysRedBeforeChurn(LocalDate from, LocalDate today, Long[] accounts) {
		Map<Long, List<Object[]>> byAccount = new HashMap<>();
		Map<Long, LocalDate> churnedOn = new HashMap<>();
		db.sql("""
				with churn as (
				    select account_id, min(valid_from at time zone 'UTC')::date as churned_on
				    from account_versions where lifecycle_stage = 'CHURNED' group by account_id)
				select c.account_id, c.churned_on, s.day, s.band
				from churn c left join account_scores s on s.account_id = c.account_id and s.day < c.churned_on
				    and s.day >= c.churned_on - 366
				where c.churned_on between :from and :today and (:all or c.account_id = any(:accounts))
				order by c.account_id, s.day desc""")
			.param("from", from).param("today", today).param("all", accounts == null).param("accounts", accounts == null ? new Long[0] : accounts)
			.query(rs -> {
				long account = rs.getLong("account_id");
				churnedOn.put(account, rs.getObject("churned_on", LocalDate.class));
				List<Object[]> days = byAccount.computeIfAbsent(account, a -> new ArrayList<>());
				if (rs.getObject("day") != null) {
					days.add(new Object[] { rs.getObject("day", LocalDate.class), rs.getString("band") });
				}
			});
		List<Integer> out = new ArrayList<>();
		churnedOn.forEach((account, churned) -> {
			LocalDate expected = churned.minusDays(1);
			LocalDate firstRed = null;
			for (Object[] day : byAccount.get(account)) {
				if (!day[0].equals(expected) || !"RED".equals(day[1])) {
					break;
				}
				firstRed = (LocalDate) day[0];
				expected = expected.minusDays(1);
			}
			out.add(firstRed == null ? 0 : (int) ChronoUnit.DAYS.between(firstRed, churned));
		});
		return out;
	}

	/** Probability that a churned sample scored lower than a retained one (ties count half): Mann-Whitney. */
	static Double auc(List<Sample> samples) {
		long positives = samples.stream().filter(Sample::churned).count();
		long negatives = samples.size() - positives;
		if (positives == 0 || negatives == 0) {
			return null;
		}
		List<Sample> sorted = new ArrayList<>(samples);
		sorted.sort((a, b) -> Double.compare(b.score(), a.score())); // highest score first: lowest risk first
		double rankSum = 0;
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j < sorted.size() && sorted.get(j).score().equals(sorted.get(i).score())) {
				j++;
			}
			double averageRank = (i + 1 + j) / 2.0;
			for (int k = i; k < j; k++) {
				if (sorted.get(k).churned()) {
					rankSum += averageRank;
				}
			}
			i = j;
		}
		double auc = (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
		return Math.round(auc * 1000) / 1000.0;
	}

	/** The middle value, or the mean of the two middle values rounded down; null when there are none. */
	static Integer median(List<Integer> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static List<ScoreValidation.Bucket> buckets(List<Integer> days) {
		int[][] ranges = { { 1, 7 }, { 8, 30 }, { 31, 60 }, { 61, 90 }, { 91, -1 } };
		List<ScoreValidation.Bucket> out = new ArrayList<>();
		for (int[] r : ranges) {
			int count = (int) days.stream().filter(d -> d >= r[0] && (r[1] < 0 || d <= r[1])).count();
			out.add(new ScoreValidation.Bucket(r[0], r[1] < 0 ? null : r[1], count));
		}
		return out;
	}
}
