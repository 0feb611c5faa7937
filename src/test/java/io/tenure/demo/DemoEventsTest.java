package io.tenure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.demo.world.DemoAccount;
import io.tenure.demo.world.DemoActivity;
import io.tenure.demo.world.DemoGenerator;
import io.tenure.demo.world.DemoWorld;
import io.tenure.ingest.Call;
import io.tenure.ingest.Tracking;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TenureTest
class DemoEventsTest {

	private static final int ACCOUNTS = 20;
	private static final long SEED = 55_021_907L;

	@Autowired
	DemoWorkspace workspace;

	@Autowired
	ProductEvents productEvents;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	@Test
	void theDemoWritesItsEventsThroughIngestionLinkedToItsAccountsAndPeopleWithRollups() {
		DemoWorld world = DemoGenerator.generate(SEED, ACCOUNTS, LocalDate.now(clock));

		DemoSummary summary = workspace.load(SEED, ACCOUNTS, true);
		Tracking.rollupsFollowed(db);

		assertThat(summary.events()).isEqualTo(DemoActivity.of(world).size()).isGreaterThan(1_000);
		int withActivity = 0;
		for (var entry : world.peopleByAccount().entrySet()) {
			DemoAccount demo = world.accounts().get(entry.getKey());
			List<Call> calls = DemoActivity.of(world, demo, entry.getValue());
			long id = accounts.findByExternalId(demo.externalId()).orElseThrow().id();
			assertThat(db.sql("select count(*) from events where account_id = ?").param(id).query(Long.class).single())
				.isEqualTo(calls.size());
			long activity = calls.stream().filter(c -> c.type().activity()).count();
			assertThat(db.sql("select coalesce(sum(events), 0) from account_daily_events where account_id = ?").param(id)
				.query(Long.class).single()).isEqualTo(activity);
			assertThat(db.sql("select coalesce(sum(events), 0) from person_daily_events where account_id = ?").param(id)
				.query(Long.class).single()).isEqualTo(activity);
			assertThat(db.sql("""
					select count(*) from events e join people p on p.id = e.person_id
					where e.account_id = ? and p.external_id = e.user_id and p.account_id = e.account_id""").param(id)
				.query(Long.class).single()).isEqualTo(calls.size());
			withActivity += activity > 0 ? 1 : 0;
		}
		assertThat(withActivity).isGreaterThan(ACCOUNTS / 2);
	}

	@Test
	void writingTheSameWorldAgainStoresNothingTwice() {
		DemoWorld world = DemoGenerator.generate(SEED + 1, 3, LocalDate.now(clock));
		workspace.load(SEED + 1, 3, true);

		assertThat(productEvents.write(world)).isZero();
	}
}
