package io.tenure.identity.bootstrap;

import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** TENURE_BOOTSTRAP_API_TOKEN: an ADMIN token with that secret, for automated deployments. */
@Component
class BootstrapToken {

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);
	static final int MIN_LENGTH = 24;

	private final ApiTokens tokens;
	private final StaffUsers staff;

	BootstrapToken(ApiTokens tokens, StaffUsers staff) {
		this.tokens = tokens;
		this.staff = staff;
	}

	void ensure(String secret) {
		if (secret == null || secret.isBlank()) {
			return;
		}
		secret = secret.trim();
		if (secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("TENURE_BOOTSTRAP_API_TOKEN must be at least " + MIN_LENGTH
					+ " characters long; it is an admin credential.");
		}
		StaffMember admin = staff.active().stream().filter(m -> m.role() == Role.ADMIN).findFirst()
			.orElseThrow(() -> new IllegalStateException("TENURE_BOOTSTRAP_API_TOKEN needs an active admin to act for"));
		if (tokens.ensure("Bootstrap token (TENURE_BOOTSTRAP_API_TOKEN)", Role.ADMIN, admin.id(), secret)) {
			log.info("Created the bootstrap API token from TENURE_BOOTSTRAP_API_TOKEN, acting for {}", admin.email());
		}
	}
}
