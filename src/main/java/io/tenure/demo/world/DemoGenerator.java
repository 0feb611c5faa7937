package io.tenure.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tenure.accounts.Tier;

/**
 * Draws the demo world from a seed, without touching the database: the same seed, size and day give
 * the same world, so later simulations (events, touches, contracts) can regenerate the trajectories
 * they follow.
 */
public final class DemoGenerator {

	private DemoGenerator() {
	}

	public static DemoWorld generate(long seed, int accounts, LocalDate today) {
		if (accounts < 1) {
			throw new IllegalArgumentException("A demo world needs at least one account, not " + accounts);
		}
		var chance = new Chance(seed);
		var roster = StaffRoster.hire(accounts, chance);
		var books = new Books(roster, chance);
		var names = new CompanyNames();
		var workforce = new Workforce();
		Set<String> externalIds = new HashSet<>();
		List<DemoAccount> drawn = new ArrayList<>(accounts);
		List<DemoPerson> people = new ArrayList<>();
		for (int i = 0; i < accounts; i++) {
			Tier tier = Firmographics.TIERS.draw(chance);
			String industry = Firmographics.INDUSTRIES.draw(chance);
			String country = Firmographics.COUNTRIES.draw(chance);
			String name = names.name(industry, chance);
			String domain = names.domain(name, Firmographics.topLevelDomain(country, industry, chance));
			int employees = Firmographics.employees(tier, chance);
			Trajectory trajectory = Trajectories.draw(tier, today, chance);
			int owner = books.owner(chance);
			var history = LifecyclePlan.plan(trajectory, tier, Firmographics.plan(tier, chance), owner, books, today, chance);
			String externalId;
			do {
				externalId = "acc_" + chance.token(10);
			}
			while (!externalIds.add(externalId));
			drawn.add(new DemoAccount(i, externalId, name, domain, industry, employees, country, trajectory, history,
					books.team(tier, owner, chance)));
			people.addAll(workforce.people(i, domain, tier, employees, trajectory, today, chance));
		}
		return new DemoWorld(seed, today, roster.staff(), drawn, people);
	}
}
