package io.tenure.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Form login looks staff up by email (any case); a deactivated user cannot log in. */
@Component
class StaffLogin implements UserDetailsService {

	private final StaffUsers staff;
	private final Clock clock;

	StaffLogin(StaffUsers staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return staff.principal(email).orElseThrow(() -> new UsernameNotFoundException("No staff user " + email));
	}

	/** Only form logins pass through the authentication manager; API tokens are checked by their own filter. */
	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			staff.recordLogin(principal.getUsername(), clock.instant());
		}
	}
}
