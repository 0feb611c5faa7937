package io.tenure.demo;

import java.util.ArrayList;
import java.util.List;

import io.tenure.demo.world.DemoStaff;
import io.tenure.identity.StaffUsers;

import org.springframework.stereotype.Component;

/**
 * Creates the demo's staff users without a password: the admin sets one in the UI (Admin > Staff) to
 * log in as one of them.
 */
@Component
class StaffHiring {

	private final StaffUsers staff;

	StaffHiring(StaffUsers staff) {
		this.staff = staff;
	}

	/** Returns the new staff users' ids in the order of the world's staff. */
	List<Long> hire(List<DemoStaff> members, long seed) {
		List<Long> ids = new ArrayList<>(members.size());
		for (DemoStaff member : members) {
			ids.add(staff.createWithoutPassword(freeEmail(member.email(), seed), member.displayName(), member.job().role()).id());
		}
		return ids;
	}

	/** A second demo world in the same database (benchmarks, tests) tags its addresses with its seed. */
	private String freeEmail(String email, long seed) {
		if (staff.findByEmail(email).isEmpty()) {
			return email;
		}
		int at = email.indexOf('@');
		return email.substring(0, at) + "+s" + Long.toUnsignedString(seed, 36) + email.substring(at);
	}
}
