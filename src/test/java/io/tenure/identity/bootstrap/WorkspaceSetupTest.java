package io.tenure.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.TenureTest;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** While the first start creates the workspace, the login page says so instead of only refusing logins. */
@TenureTest
class WorkspaceSetupTest {

	@LocalServerPort
	int port;

	@Autowired
	WorkspaceSetup setup;

	@Test
	void theLoginPageSaysWhileTheWorkspaceIsBeingCreated() {
		setup.begin();
		try {
			assertThat(WebSession.anonymous(port).get("/login").expect(200).body()).contains("id=\"preparing\"");
		}
		finally {
			setup.end();
		}
		assertThat(WebSession.anonymous(port).get("/login").expect(200).body()).doesNotContain("id=\"preparing\"");
	}
}
