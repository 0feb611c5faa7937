package io.tenure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.tenure.TenureTest;
import io.tenure.accounts.Account;
import io.tenure.accounts.AccountTeams;
import io.tenure.accounts.AccountVersion;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.TeamMember;
import io.tenure.accounts.TeamRole;
import io.tenure.demo.world.DemoAccount;
import io.tenure.demo.world.DemoGenerator;
import io.tenure.demo.world.DemoWorld;
import io.tenure.identity.StaffUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@TenureTest
class DemoWorkspaceTest {

	private static final int ACCOUNTS = 40;

	@Autowired
	DemoWorkspace workspace;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTeams teams;

	@Autowired
	People people;

	@Autowired
	StaffUsers staff;

	@Autowired
	Clock clock;

	@Test
	void loadsTheWorldWithItsHistoryTeamsAndPeople() {
		LocalDate today = LocalDate.now(clock);
		long seed = seedWithAChurnedAccount(today);
		DemoWorld world = DemoGenerator.generate(seed, ACCOUNTS, today);
		long accountsBefore = accounts.count();
		long staffBefore = staff.count();

		DemoSummary summary = workspace.load(seed, ACCOUNTS);

		assertThat(accounts.count()).isEqualTo(accountsBefore + ACCOUNTS);
		assertThat(staff.count()).isEqualTo(staffBefore + world.staff().size());
		assertThat(summary.people()).isEqualTo(world.people().size());
		long stored = 0;
		for (DemoAccount demo : world.accounts()) {
			Account account = accounts.findByExternalId(demo.externalId()).orElseThrow();
			assertThat(account.lifecycleStage()).isEqualTo(demo.stage());
			assertThat(account.tier()).isEqualTo(demo.tier());
			assertHistoryInOrder(demo, accounts.history(account.id()));
			List<TeamRole> roles = teams.members(account.id()).stream().map(TeamMember::role).toList();
			assertThat(roles).contains(TeamRole.CSM, TeamRole.SALES);
			stored += people.countAt(account.id());
		}
		assertThat(stored).isEqualTo(world.people().size());
	}

	@Test
	void aChurnedAccountWasLiveTheDayBeforeItsChurnDate() {
		LocalDate today = LocalDate.now(clock);
		long seed = seedWithAChurnedAccount(today) + 1_000;
		while (DemoGenerator.generate(seed, ACCOUNTS, today).churnedAccounts() == 0) {
			seed++;
		}
		workspace.load(seed, ACCOUNTS);
		DemoAccount demo = DemoGenerator.generate(seed, ACCOUNTS, today).accounts().stream()
			.filter(a -> a.trajectory().churned()).findFirst().orElseThrow();
		Account account = accounts.findByExternalId(demo.externalId()).orElseThrow();
		LocalDate churnedOn = demo.trajectory().churnedOn();

		assertThat(account.lifecycleStage()).isEqualTo(LifecycleStage.CHURNED);
		assertThat(account.churnedAt()).isEqualTo(churnedOn);
		assertThat(account.churnReason()).isEqualTo(demo.trajectory().churnReason());
		assertThat(accounts.stateAsOf(account.id(), churnedOn.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC)))
			.hasValueSatisfying(state -> assertThat(state.lifecycleStage()).isNotEqualTo(LifecycleStage.CHURNED));
		assertThat(accounts.stateAsOf(account.id(), churnedOn.atTime(12, 0).toInstant(ZoneOffset.UTC)))
			.hasValueSatisfying(state -> assertThat(state.lifecycleStage()).isEqualTo(LifecycleStage.CHURNED));
		assertThat(accounts.stateAsOf(account.id(), demo.trajectory().signedUpAt().minusSeconds(1))).isEmpty();
	}

	/** Newest first, each period ending where the next one begins, one period per planned change. */
	private static void assertHistoryInOrder(DemoAccount demo, List<AccountVersion> history) {
		assertThat(history).hasSize(demo.history().size());
		assertThat(history.get(0).validTo()).isNull();
		for (int i = 1; i < history.size(); i++) {
			assertThat(history.get(i).validFrom()).isBefore(history.get(i - 1).validFrom());
			assertThat(history.get(i).validTo()).isEqualTo(history.get(i - 1).validFrom());
		}
		assertThat(history.get(history.size() - 1).validFrom()).isEqualTo(demo.trajectory().signedUpAt());
	}

	/** The world depends on today; look for a nearby seed whose 40 accounts include a churned one. */
	private static long seedWithAChurnedAccount(LocalDate today) {
		long seed = 20_240_611L;
		while (DemoGenerator.generate(seed, ACCOUNTS, today).churnedAccounts() == 0) {
			seed++;
		}
		return seed;
	}
}
