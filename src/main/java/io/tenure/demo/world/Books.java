package io.tenure.demo.world;

import java.util.ArrayList;
import java.util.List;

import io.tenure.accounts.TeamRole;
import io.tenure.accounts.Tier;

/**
 * Who looks after which account. Owners are spread over the CSMs roughly but not perfectly evenly,
 * as real books of business are; the rest of the team follows the tier (seed S9).
 */
final class Books {

	private final StaffRoster roster;
	private final Weighted<Integer> owners = new Weighted<>();

	Books(StaffRoster roster, Chance chance) {
		this.roster = roster;
		roster.all(StaffJob.CSM).forEach(csm -> owners.add(csm, chance.between(0.75, 1.25)));
	}

	int owner(Chance chance) {
		return owners.draw(chance);
	}

	/** Another CSM who owned the account before; null when there is only one. */
	Integer anotherCsm(int owner, Chance chance) {
		List<Integer> others = new ArrayList<>(roster.all(StaffJob.CSM));
		others.remove(Integer.valueOf(owner));
		return others.isEmpty() ? null : chance.pick(others);
	}

	/** Sales on every account, the support lead from LARGE up, an engineer and an executive sponsor on KEY ones. */
	List<TeamSeat> team(Tier tier, int owner, Chance chance) {
		List<TeamSeat> seats = new ArrayList<>();
		seats.add(new TeamSeat(chance.pick(roster.all(StaffJob.ACCOUNT_EXECUTIVE)), TeamRole.SALES));
		if (tier != Tier.STANDARD) {
			seats.add(new TeamSeat(chance.pick(roster.all(StaffJob.SUPPORT_LEAD)), TeamRole.SUPPORT_LEAD));
		}
		if (tier == Tier.KEY) {
			seats.add(new TeamSeat(chance.pick(roster.all(StaffJob.SOLUTIONS_ENGINEER)), TeamRole.ENGINEER));
			List<Integer> managers = roster.all(StaffJob.CS_MANAGER);
			seats.add(new TeamSeat(managers.get(roster.all(StaffJob.CSM).indexOf(owner) % managers.size()),
					TeamRole.EXECUTIVE_SPONSOR));
		}
		return seats;
	}
}
