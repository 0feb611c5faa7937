package io.tenure.demo.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.TeamRole;
import io.tenure.accounts.Tier;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
	private static final DemoWorld DEMO = DemoGenerator.generate(42, 300, TODAY);
	private static final DemoWorld BIG = DemoGenerator.generate(7, 10_000, TODAY);

	@Test
	void theSameSeedGivesTheSameWorld() {
		assertThat(DemoGenerator.generate(42, 300, TODAY)).isEqualTo(DEMO);
	}

	@Test
	void anotherSeedGivesAnotherWorld() {
		DemoWorld other = DemoGenerator.generate(43, 300, TODAY);
		assertThat(other.accounts().get(0).name()).isNotEqualTo(DEMO.accounts().get(0).name());
		assertThat(other.accounts()).isNotEqualTo(DEMO.accounts());
	}

	@Test
	void tiersAreSeventyTwentyTwoEightPercent() {
		assertTierShares(DEMO, 0.05);
		assertTierShares(BIG, 0.015);
	}

	@Test
	void aboutFourThousandPeopleAtThreeHundredAccountsAndProportionallyMoreAtTenThousand() {
		assertThat(DEMO.people()).hasSizeBetween(3_300, 4_700);
		assertThat(BIG.people()).hasSizeBetween(115_000, 150_000);
		double perStandard = perAccount(BIG, Tier.STANDARD);
		assertThat(perAccount(BIG, Tier.KEY)).isGreaterThan(5 * perStandard);
	}

	@Test
	void oneCsmPerSixtyAccountsAndAFewOthers() {
		assertThat(DEMO.staff()).hasSizeBetween(8, 10);
		assertThat(DEMO.staff()).filteredOn(s -> s.job() == StaffJob.CSM).hasSize(5);
		assertThat(DEMO.staff()).filteredOn(s -> s.job() == StaffJob.CS_MANAGER).hasSize(1);
		assertThat(BIG.staff()).filteredOn(s -> s.job() == StaffJob.CSM).hasSize(167);
		assertThat(BIG.staff()).extracting(DemoStaff::email).doesNotHaveDuplicates();
	}

	@Test
	void idsNamesAndDomainsAreUnique() {
		for (DemoWorld world : List.of(DEMO, BIG)) {
			assertThat(world.accounts()).extracting(DemoAccount::externalId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("acc_"));
			assertThat(world.accounts()).extracting(DemoAccount::name).doesNotHaveDuplicates();
			assertThat(world.accounts()).extracting(DemoAccount::domain).doesNotHaveDuplicates()
				.allMatch(d -> d.matches("^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
			assertThat(world.people()).extracting(DemoPerson::externalId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("usr_"));
		}
	}

	@Test
	void peopleWorkAtTheirAccountsDomainWithOneAdminAndOneOrTwoChampions() {
		Map<Integer, List<DemoPerson>> byAccount = DEMO.people().stream().collect(Collectors.groupingBy(DemoPerson::accountIndex));
		assertThat(byAccount).hasSize(DEMO.accounts().size());
		byAccount.forEach((index, people) -> {
			DemoAccount account = DEMO.accounts().get(index);
			assertThat(people).allMatch(p -> p.email().endsWith("@" + account.domain()));
			assertThat(people).extracting(DemoPerson::email).doesNotHaveDuplicates();
			assertThat(people).filteredOn(p -> p.role() == PersonRole.ADMIN).hasSize(1);
			assertThat(people).filteredOn(p -> p.role() == PersonRole.CHAMPION).hasSizeBetween(1, 2);
			var until = account.trajectory().activeUntil(TODAY).atStartOfDay().toInstant(ZoneOffset.UTC);
			assertThat(people).allMatch(p -> !p.lastSeenAt().isBefore(p.firstSeenAt()) && p.lastSeenAt().isBefore(until)
					&& !p.firstSeenAt().isBefore(account.trajectory().signedUpAt()));
		});
	}

	@Test
	void twelveToEighteenPercentOfAccountsChurned() {
		assertThat((double) BIG.churnedAccounts() / BIG.accounts().size()).isBetween(0.12, 0.18);
		assertThat((double) DEMO.churnedAccounts() / DEMO.accounts().size()).isBetween(0.08, 0.22);
	}

	@Test
	void customersWithoutOnboardingChurnFarMoreOftenInTheirFirstSixMonths() {
		var seasoned = BIG.accounts().stream().map(DemoAccount::trajectory)
			.filter(t -> !t.customerSince().plusDays(Trajectories.EARLY_DAYS).isAfter(TODAY)).toList();
		double withOnboarding = earlyChurnRate(seasoned.stream().filter(Trajectory::onboarded).toList());
		double without = earlyChurnRate(seasoned.stream().filter(t -> !t.onboarded()).toList());
		assertThat(without).isCloseTo(0.40, within(0.06));
		assertThat(without).isGreaterThan(4 * withOnboarding);
		assertThat(BIG.accounts()).filteredOn(a -> a.trajectory().onboarded()).hasSizeBetween(6_700, 7_300);
	}

	@Test
	void everyHistoryIsInTimeOrderAndKeepsTheChurnRecordConsistent() {
		var today = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
		for (DemoAccount account : BIG.accounts()) {
			List<AccountChange> history = account.history();
			assertThat(history.get(0).at()).isEqualTo(account.trajectory().signedUpAt());
			for (int i = 1; i < history.size(); i++) {
				assertThat(history.get(i).at()).as(account.name()).isAfter(history.get(i - 1).at());
			}
			assertThat(history.get(history.size() - 1).at()).isBefore(today);
			history.forEach(change -> assertConsistent(account, change));
			assertThat(account.stage() == LifecycleStage.CHURNED).isEqualTo(account.trajectory().churned());
		}
	}

	@Test
	void theStoryShowsInTheHistory() {
		var stages = BIG.accounts().stream().collect(Collectors.groupingBy(DemoAccount::stage, Collectors.counting()));
		assertThat(stages).containsKeys(LifecycleStage.values());
		assertThat(BIG.accounts()).filteredOn(a -> a.history().get(0).tier() != a.tier()).isNotEmpty()
			.allMatch(a -> a.tier() == Tier.LARGE);
		assertThat(BIG.accounts()).filteredOn(a -> a.history().get(0).ownerIndex() != a.ownerIndex()).hasSizeGreaterThan(500);
		assertThat(BIG.accounts()).filteredOn(a -> a.stage() == LifecycleStage.TRIAL)
			.allMatch(a -> a.trajectory().inTrialOn(TODAY) && a.trajectory().renewal() == null);
		assertThat(BIG.accounts()).filteredOn(a -> a.stage() != LifecycleStage.TRIAL && !a.trajectory().churned())
			.allMatch(a -> a.trajectory().renewal() != null && !a.trajectory().renewal().isBefore(TODAY));
	}

	@Test
	void teamsFollowTheTier() {
		for (DemoAccount account : DEMO.accounts()) {
			var roles = account.team().stream().map(TeamSeat::role).toList();
			assertThat(roles).contains(TeamRole.SALES);
			assertThat(roles.contains(TeamRole.SUPPORT_LEAD)).isEqualTo(account.tier() != Tier.STANDARD);
			assertThat(roles.contains(TeamRole.ENGINEER)).isEqualTo(account.tier() == Tier.KEY);
			assertThat(roles.contains(TeamRole.EXECUTIVE_SPONSOR)).isEqualTo(account.tier() == Tier.KEY);
			assertThat(DEMO.staff().get(account.ownerIndex()).job()).isEqualTo(StaffJob.CSM);
		}
		Map<Integer, Long> books = DEMO.accounts().stream().collect(Collectors.groupingBy(DemoAccount::ownerIndex, Collectors.counting()));
		assertThat(books).hasSize(5).allSatisfy((csm, accounts) -> assertThat(accounts).isBetween(35L, 85L));
	}

	/** The rules of the accounts module's ChurnRecordPolicy, plus: customers say since when. */
	private static void assertConsistent(DemoAccount account, AccountChange change) {
		boolean churned = change.stage() == LifecycleStage.CHURNED;
		assertThat(change.churnedAt() != null).as(account.name()).isEqualTo(churned);
		assertThat(change.churnReason() != null).as(account.name()).isEqualTo(churned);
		assertThat(change.customerSince() != null).as(account.name()).isEqualTo(change.stage() != LifecycleStage.TRIAL);
		if (churned) {
			assertThat(change.churnedAt()).isAfter(change.customerSince());
		}
	}

	private static double earlyChurnRate(List<Trajectory> trajectories) {
		return (double) trajectories.stream()
			.filter(t -> t.churned() && !t.churnedOn().isAfter(t.customerSince().plusDays(Trajectories.EARLY_DAYS)))
			.count() / trajectories.size();
	}

	private static double perAccount(DemoWorld world, Tier tier) {
		var accounts = world.accounts().stream().filter(a -> a.tier() == tier).map(DemoAccount::index).collect(Collectors.toSet());
		return (double) world.people().stream().filter(p -> accounts.contains(p.accountIndex())).count() / accounts.size();
	}

	private static void assertTierShares(DemoWorld world, double tolerance) {
		Map<Tier, Long> tiers = world.accounts().stream().collect(Collectors.groupingBy(DemoAccount::tier, Collectors.counting()));
		Function<Tier, Double> share = tier -> (double) tiers.getOrDefault(tier, 0L) / world.accounts().size();
		assertThat(share.apply(Tier.STANDARD)).isCloseTo(0.70, within(tolerance));
		assertThat(share.apply(Tier.LARGE)).isCloseTo(0.22, within(tolerance));
		assertThat(share.apply(Tier.KEY)).isCloseTo(0.08, within(tolerance));
	}
}
