package io.tenure.platform.database;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

/** PostgreSQL will not run as root; as root, Tenure runs it in a user namespace and checks first that it can. */
final class RootUser {

	private RootUser() {
	}

	static boolean isRoot() {
		try {
			return new UnixSystem().getUid() == 0;
		}
		catch (RuntimeException | LinkageError e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	static void requireUserNamespaces() {
		String problem;
		try {
			Process probe = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
			boolean finished = probe.waitFor(10, TimeUnit.SECONDS);
			String output = new String(probe.getInputStream().readAllBytes()).trim();
			if (finished && probe.exitValue() == 0) {
				return;
			}
			problem = finished ? "'unshare -U true' failed: " + output : "'unshare -U true' did not answer";
		}
		catch (IOException e) {
			problem = "'unshare' could not be run (" + e.getMessage() + ")";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			problem = "interrupted";
		}
		throw new EmbeddedPostgresException("Tenure runs as root, and PostgreSQL refuses to run as root. Tenure runs it in a "
				+ "user namespace with 'unshare -U' (util-linux), but " + problem + ". Run Tenure as a normal user, allow "
				+ "unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1 or user.max_user_namespaces > 0), "
				+ "or set TENURE_DB_URL to an external PostgreSQL.", null);
	}
}
