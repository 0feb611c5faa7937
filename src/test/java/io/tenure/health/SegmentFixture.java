package io.tenure.health;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.PersonDetails;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Tier;
import io.tenure.usage.RollupRows;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts of one unique industry (the tag, so that a condition on it keeps other tests' data out), their
 * latest health written as the scoring writes it, people and their daily activity.
 */
final class SegmentFixture {

	final String tag = "seg-" + UUID.randomUUID().toString().substring(0, 8);
	private final JdbcClient db;
	private final Accounts accounts;
	private final People people;
	private final ObjectMapper json = new ObjectMapper();

	SegmentFixture(JdbcClient db, Accounts accounts, People people) {
		this.db = db;
		this.accounts = accounts;
		this.people = people;
	}

	long account(String name, Tier tier, LifecycleStage stage, Long ownerId, String plan) {
		boolean churned = stage == LifecycleStage.CHURNED;
		LocalDate since = LocalDate.now().minusYears(1);
		return accounts.create(new AccountDetails(null, name + " " + tag, null, tag, 10, "DE", plan, tier, stage, ownerId, since,
				churned ? LocalDate.now().minusDays(3) : null, churned ? "Budget" : null, Map.of()), null).id();
	}

	/** The account's latest health as the daily scoring leaves it in account_health. */
	SegmentFixture health(long accountId, Double score, String band, Map<String, Double> signals, String... indicators) {
		try {
			db.sql("""
					insert into account_health (account_id, as_of, score, band, scorecard, signals, indicators)
					values (?, current_date, ?, ?, 'Default', cast(? as jsonb), ?)
					on conflict (account_id) do update set score = excluded.score, band = excluded.band, signals = excluded.signals,
					    indicators = excluded.indicators""")
				.params(accountId, score, band, json.writeValueAsString(signals), indicators).update();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** A background recompute rewrites the latest health of every account: let one that runs finish first. */
	static void awaitNoRecompute(HealthRuns runs) {
		long until = System.currentTimeMillis() + 120_000;
		while (runs.latest().map(HealthRun::running).orElse(false) && System.currentTimeMillis() < until) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	long person(long accountId, String name, PersonRole role) {
		return people.create(new PersonDetails(accountId, "p-" + UUID.randomUUID(), null, name + " " + tag, null, role, null, null, null)).id();
	}

	SegmentFixture did(long personId, long accountId, LocalDate day, String event, String feature, int events) {
		RollupRows.person(db, personId, accountId, day, event, feature, events);
		return this;
	}
}
