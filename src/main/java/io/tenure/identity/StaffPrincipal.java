package io.tenure.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is making a request: a member of staff logged in through the form, or an API token acting for
 * one with the token's role.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final long id;
	private final String email;
	private final String displayName;
	private final Role role;
	private final boolean active;
	private String passwordHash;

	public StaffPrincipal(long id, String email, String displayName, Role role, boolean active, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.active = active;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean can(Role needed) {
		return role.includes(needed);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + id + ", " + email + ", " + role + "]";
	}
}
