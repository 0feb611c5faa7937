package io.tenure.accounts;

import io.tenure.identity.StaffUsers;
import io.tenure.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/** Owners and team members must be active staff users. */
@Component
class StaffCheck {

	private final StaffUsers staff;

	StaffCheck(StaffUsers staff) {
		this.staff = staff;
	}

	void requireActive(Long staffId, String field) {
		if (staffId == null) {
			return;
		}
		var member = staff.find(staffId)
			.orElseThrow(() -> new InvalidInputException(field, "there is no staff user with id " + staffId));
		if (!member.active()) {
			throw new InvalidInputException(field, member.displayName() + " is deactivated");
		}
	}
}
