package io.tenure.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.usage.RollupRows;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The health journey's accounts, activity and kept scores, written straight into the tables. */
final class HealthJourneyData {

	private final JdbcClient db;
	private final Accounts accounts;
	private final String tag;
	private final long owner;

	HealthJourneyData(JdbcClient db, Accounts accounts, String tag, long owner) {
		this.db = db;
		this.accounts = accounts;
		this.tag = tag;
		this.owner = owner;
	}

	String name(String name) {
		return name + " " + tag;
	}

	long account(String name, Tier tier, LifecycleStage stage, LocalDate since) {
		var details = new AccountDetails("health-journey-" + tag + "-" + name, name(name), null, "Software", 80, "DE", "Growth", tier,
				stage, owner, since, null, null, Map.of());
		return accounts.create(details, owner, since.atStartOfDay(ZoneOffset.UTC).toInstant()).id();
	}

	void churn(long id, String name, Tier tier, LocalDate on) {
		var details = new AccountDetails("health-journey-" + tag + "-" + name, name(name), null, "Software", 80, "DE", "Growth", tier,
				LifecycleStage.CHURNED, owner, on.minusDays(365), on, "Budget", Map.of());
		accounts.update(id, null, details, owner, on.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	void event(long account, LocalDate day, String name, String feature, int events) {
		RollupRows.account(db, account, day, name, feature, events);
	}

	/**
	 * A steady customer's working days, as HealthFixture.steady makes them: logins and three features
	 * daily, a report every third day, invites, an integration and mail every tenth; with content, an
	 * article and some content read too. Written in one statement.
	 */
	void activity(long account, LocalDate from, LocalDate to, boolean content) {
		List<String> days = new ArrayList<>(), names = new ArrayList<>(), features = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		record Row(String name, String feature, int events) {
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			List<Row> rows = new ArrayList<>(List.of(new Row("Signed In", "", 3), new Row("Feature Used", "reports", 2),
					new Row("Feature Used", "export", 1), new Row("Feature Used", "dashboards", 1)));
			if (day.toEpochDay() % 3 == 0) {
				rows.add(new Row("Report Created", "", 1));
				if (content) {
					rows.add(new Row("Article Viewed", "", 1));
				}
			}
			if (day.toEpochDay() % 10 == 0) {
				rows.addAll(List.of(new Row("User Invited", "", 1), new Row("Integration Connected", "", 1),
						new Row("Email Delivered", "", 4), new Row("Email Opened", "", 2), new Row("Email Link Clicked", "", 1)));
				if (content) {
					rows.add(new Row("Content Viewed", "", 1));
				}
			}
			for (Row row : rows) {
				days.add(day.toString());
				names.add(row.name());
				features.add(row.feature());
				counts.add(row.events());
			}
		}
		db.sql("""
				insert into account_daily_events (account_id, day, name, feature, events)
				select ?, d, n, f, e from unnest(?::date[], ?::text[], ?::text[], ?::int[]) as x(d, n, f, e)""")
			.params(account, days.toArray(String[]::new), names.toArray(String[]::new), features.toArray(String[]::new),
					counts.toArray(Integer[]::new))
			.update();
		RollupRows.accountSpans(db, account);
	}

	/** Scores kept for each day from one to another, as an earlier version of the scoring left them. */
	void keptScores(long account, LocalDate from, LocalDate to, double score, String band) {
		db.sql("""
				insert into account_scores (account_id, day, score, band, scorecard)
				select ?, d::date, ?, ?, 'Default' from generate_series(?::date, ?::date, interval '1 day') as d""")
			.params(account, score, band, from, to).update();
	}

	double score(long account, LocalDate day) {
		return db.sql("select score from account_scores where account_id = ? and day = ?").params(account, day).query(Double.class)
			.single();
	}

	String band(long account, LocalDate day) {
		return db.sql("select band from account_scores where account_id = ? and day = ?").params(account, day).query(String.class)
			.single();
	}
}
