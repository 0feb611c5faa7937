package io.tenure.identity.bootstrap;

import java.security.SecureRandom;

import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.platform.InvalidInputException;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.WorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database: creates the admin (password from
 * TENURE_ADMIN_PASSWORD, otherwise generated and logged once) and announces the new workspace, all
 * in one transaction. Every start: the bootstrap API token, if one is configured.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final StaffUsers staff;
	private final BootstrapToken bootstrapToken;
	private final ApplicationEventPublisher events;
	private final BootstrapSettings settings;
	private final WorkspaceSetup setup;

	FirstStart(StaffUsers staff, BootstrapToken bootstrapToken, ApplicationEventPublisher events, BootstrapSettings settings,
			WorkspaceSetup setup) {
		this.setup = setup;
		this.staff = staff;
		this.bootstrapToken = bootstrapToken;
		this.events = events;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (staff.count() == 0) {
			setup.begin();
			try {
				createWorkspace();
			}
			finally {
				setup.end();
			}
		}
		bootstrapToken.ensure(settings.apiToken());
	}

	private void createWorkspace() {
		boolean generated = settings.adminPassword().isBlank();
		String password = generated ? generatePassword() : settings.adminPassword();
		StaffMember admin;
		try {
			admin = staff.create(new NewStaffMember(settings.adminEmail(), "Administrator", Role.ADMIN, password));
		}
		catch (InvalidInputException e) {
			throw new IllegalStateException("TENURE_ADMIN_PASSWORD / TENURE_ADMIN_EMAIL cannot be used: " + e.getMessage(), e);
		}
		if (generated) {
			log.warn("""

					========================================================================
					 Tenure created the first admin. Log in at http://localhost:{} with
					   email:    {}
					   password: {}
					 This password is shown only once. Change it under Admin > Staff.
					========================================================================""",
					settings.port(), admin.email(), password);
		}
		else {
			log.info("Created the first admin {} with the password from TENURE_ADMIN_PASSWORD", admin.email());
		}
		events.publishEvent(new WorkspaceCreated(admin.id()));
	}

	private static String generatePassword() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Settings of the first start, from the environment. */
	@Component
	record BootstrapSettings(@Value("${tenure.admin.email:admin@tenure.local}") String adminEmail,
			@Value("${tenure.admin.password:}") String adminPassword,
			@Value("${tenure.bootstrap.api-token:}") String apiToken,
			@Value("${server.port:8080}") String port) {
	}
}
