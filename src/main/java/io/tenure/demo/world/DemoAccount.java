package io.tenure.demo.world;

import java.util.List;

import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;

/**
 * A customer account of the simulated SaaS: its firmographics, its latent trajectory, its history as
 * dated changes (oldest first; the last one is how it is now) and its team besides the CSM.
 */
public record DemoAccount(int index, String externalId, String name, String domain, String industry, int employees,
		String country, Trajectory trajectory, List<AccountChange> history, List<TeamSeat> team) {

	public DemoAccount {
		history = List.copyOf(history);
		team = List.copyOf(team);
	}

	public AccountChange current() {
		return history.get(history.size() - 1);
	}

	public Tier tier() {
		return current().tier();
	}

	public LifecycleStage stage() {
		return current().stage();
	}

	public int ownerIndex() {
		return current().ownerIndex();
	}
}
