package io.tenure.health;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.usage.RollupRows;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts with a history (created a year before the day of interest) and daily activity written
 * straight into the account rollups, the signals' input.
 */
final class HealthFixture {

	private final JdbcClient db;
	private final Accounts accounts;

	HealthFixture(JdbcClient db, Accounts accounts) {
		this.db = db;
		this.accounts = accounts;
	}

	long account(Tier tier, LifecycleStage stage, LocalDate since) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		boolean churned = stage == LifecycleStage.CHURNED;
		var details = new AccountDetails("health-" + tag, "Health " + tag, null, null, 50, null, "Growth", tier, stage, null, null,
				churned ? since : null, churned ? "Budget" : null, Map.of());
		return accounts.create(details, null, since.atStartOfDay(ZoneOffset.UTC).toInstant()).id();
	}

	/** Account-level activity: {@code events} of {@code name} on the day. */
	HealthFixture did(long accountId, LocalDate day, String name, String feature, int events) {
		RollupRows.account(db, accountId, day, name, feature, events);
		return this;
	}

	/** A steady customer: logs in, uses three features and creates a report on most days of the 90 before the day. */
	HealthFixture steady(long accountId, LocalDate day) {
		for (int back = 0; back < 90; back++) {
			if (back % 7 == 5 || back % 7 == 6) {
				continue;
			}
			LocalDate d = day.minusDays(back);
			did(accountId, d, "Signed In", "", 3).did(accountId, d, "Feature Used", "reports", 2)
				.did(accountId, d, "Feature Used", "export", 1).did(accountId, d, "Feature Used", "dashboards", 1);
			if (back % 3 == 0) {
				did(accountId, d, "Report Created", "", 1).did(accountId, d, "Article Viewed", "", 1);
			}
			if (back % 10 == 0) {
				did(accountId, d, "User Invited", "", 1).did(accountId, d, "Integration Connected", "", 1)
					.did(accountId, d, "Email Delivered", "", 4).did(accountId, d, "Email Opened", "", 2)
					.did(accountId, d, "Email Link Clicked", "", 1).did(accountId, d, "Content Viewed", "", 1);
			}
		}
		return this;
	}
}
