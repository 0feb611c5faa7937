package io.tenure.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** TENURE_BOOTSTRAP_WRITE_KEY: a write key with that secret, for automated deployments. */
@Component
@Order(10)
class BootstrapWriteKey implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapWriteKey.class);
	static final int MIN_LENGTH = 24;

	private final WriteKeys keys;
	private final String secret;

	BootstrapWriteKey(WriteKeys keys, @Value("${tenure.bootstrap.write-key:}") String secret) {
		this.keys = keys;
		this.secret = secret == null ? "" : secret.trim();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (secret.isEmpty()) {
			return;
		}
		if (secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("TENURE_BOOTSTRAP_WRITE_KEY must be at least " + MIN_LENGTH + " characters long.");
		}
		if (keys.ensure("Bootstrap key (TENURE_BOOTSTRAP_WRITE_KEY)", secret)) {
			log.info("Created the bootstrap write key from TENURE_BOOTSTRAP_WRITE_KEY");
		}
	}
}
