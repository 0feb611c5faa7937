package io.tenure.demo;

import io.tenure.identity.WorkspaceCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new workspace with the demo unless it is switched off (TENURE_DEMO=false), with 12 months of
 * product events unless those are (tenure.demo.events=false). Synchronous on
 * purpose: the load joins the transaction that creates the first admin, so a failed demo leaves an
 * empty database and the next start tries again.
 */
@Component
class DemoOnFirstStart {

	private final DemoWorkspace workspace;
	private final boolean enabled;
	private final long seed;
	private final int accounts;
	private final boolean events;

	DemoOnFirstStart(DemoWorkspace workspace, @Value("${tenure.demo.enabled:true}") boolean enabled,
			@Value("${tenure.demo.seed:42}") long seed, @Value("${tenure.demo.accounts:300}") int accounts,
			@Value("${tenure.demo.events:true}") boolean events) {
		this.workspace = workspace;
		this.enabled = enabled;
		this.seed = seed;
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	void workspaceCreated(WorkspaceCreated event) {
		if (enabled) {
			workspace.load(seed, accounts, event.adminId(), events);
		}
	}
}
