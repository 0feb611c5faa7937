package io.tenure.identity.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Whether the first start is still creating the workspace (the first admin and the demo commit
 * together, a minute or so after the port opens): the login page says so instead of failing silently.
 */
@Component
public class WorkspaceSetup {

	private final AtomicBoolean preparing = new AtomicBoolean();

	public boolean preparing() {
		return preparing.get();
	}

	void begin() {
		preparing.set(true);
	}

	void end() {
		preparing.set(false);
	}
}
