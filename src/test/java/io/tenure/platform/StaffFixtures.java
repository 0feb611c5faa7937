package io.tenure.platform;

import java.util.UUID;

import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;

/** Makes members of staff with unique emails, and API tokens acting for them. */
public final class StaffFixtures {

	public static final String PASSWORD = "test-password-1";
	public static final String ADMIN_EMAIL = "admin@tenure.test";

	private final StaffUsers staff;
	private final ApiTokens tokens;

	public StaffFixtures(StaffUsers staff, ApiTokens tokens) {
		this.staff = staff;
		this.tokens = tokens;
	}

	public StaffMember member(Role role) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return staff.create(new NewStaffMember(role.name().toLowerCase() + "-" + unique + "@tenure.test",
				role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + unique, role, PASSWORD));
	}

	/** A token with the member's own role, acting for them. */
	public String token(StaffMember member) {
		return tokens.create("test token for " + member.email(), member.role(), member.id(), null);
	}

	/** A token of that role acting for a new member of staff of the same role. */
	public String token(Role role) {
		return token(member(role));
	}

	public StaffMember admin() {
		return staff.findByEmail(ADMIN_EMAIL).orElseThrow();
	}
}
