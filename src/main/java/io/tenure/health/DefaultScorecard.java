package io.tenure.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scorecard every account gets until an admin writes their own: the seed's signal families
 * (engagement, adoption, support, communication) with thresholds a B2B SaaS CSM would use. Its single
 * source is {@code health/default-scorecard.yaml}.
 */
public final class DefaultScorecard {

	static final String RESOURCE = "/health/default-scorecard.yaml";

	private DefaultScorecard() {
	}

	public static Scorecard definition() {
		return Holder.CARD;
	}

	/** The YAML as shipped, comments included, for an admin to start from. */
	public static String yaml() {
		try (InputStream in = DefaultScorecard.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the build");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Holder {

		static final Scorecard CARD = ScorecardFormat.readYaml(yaml());
	}
}
