package io.tenure.identity.web;

import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;

/** The staff form: a new member needs a password, an existing one keeps theirs unless reset. */
class StaffForm {

	private String email;
	private String displayName;
	private Role role = Role.CSM;
	private boolean active = true;
	private String password;

	static StaffForm of(StaffMember member) {
		var form = new StaffForm();
		form.email = member.email();
		form.displayName = member.displayName();
		form.role = member.role();
		form.active = member.active();
		return form;
	}

	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
