package io.tenure.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.HttpApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** TENURE_BOOTSTRAP_API_TOKEN, as FirstStart hands it over on every start (called here instead of restarting). */
@TenureTest
class BootstrapTokenTest {

	@LocalServerPort
	int port;

	@Autowired
	BootstrapToken bootstrap;

	@Autowired
	ApiTokens tokens;

	@Test
	void anEmptySettingCreatesNothing() {
		long before = tokens.all().size();

		bootstrap.ensure(null);
		bootstrap.ensure("   ");

		assertThat(tokens.all()).hasSize((int) before);
	}

	@Test
	void aShortSecretIsRefused() {
		long before = tokens.all().size();

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.ensure("x".repeat(BootstrapToken.MIN_LENGTH - 1)))
			.withMessageContaining("at least " + BootstrapToken.MIN_LENGTH);

		assertThat(tokens.all()).hasSize((int) before);
	}

	@Test
	void everyStartEnsuresTheSameAdminTokenOnce() {
		String secret = "bootstrap-" + UUID.randomUUID();
		long before = tokens.all().size();

		bootstrap.ensure(secret);
		bootstrap.ensure(secret);
		bootstrap.ensure("  " + secret + "  ");

		assertThat(tokens.all()).hasSize((int) before + 1);
		assertThat(tokens.all()).filteredOn(t -> t.name().contains("TENURE_BOOTSTRAP_API_TOKEN"))
			.anySatisfy(t -> assertThat(t.role()).isEqualTo(Role.ADMIN))
			.as("the listing shows nothing of a secret the operator chose")
			.allSatisfy(t -> assertThat(t.prefix()).isEqualTo("(chosen)"));
		var api = new HttpApi(port);
		api.get("/api/v1/staff", secret).expect(200);
		api.post("/api/v1/accounts", secret, java.util.Map.of("name", "Bootstrapped " + UUID.randomUUID(), "tier", "KEY",
				"lifecycleStage", "TRIAL")).expect(201);
	}
}
