package io.tenure.identity;

/** What a member of staff may do. Each role includes the ones below it. */
public enum Role {

	/** Everything, including staff users, API tokens and settings. */
	ADMIN,
	/** All accounts, team views, reassigning owners. */
	MANAGER,
	/** Works on all accounts and edits the ones in their account team. */
	CSM,
	/** Reads only. */
	VIEWER;

	public boolean includes(Role other) {
		return ordinal() <= other.ordinal();
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
