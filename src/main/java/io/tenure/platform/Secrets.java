package io.tenure.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Credentials Tenure hands out (API tokens, write keys): random secrets with a recognisable prefix,
 * kept only as SHA-256 hashes. A secret of this strength needs no slow password hash.
 */
public final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/** {@code prefix} followed by {@code bytes} random bytes, URL-safe. */
	public static String generate(String prefix, int bytes) {
		byte[] secret = new byte[bytes];
		random.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What a listing may show of a secret: the start of a generated one, nothing of one chosen by a person. */
	public static String recognisable(String secret, String prefix) {
		return secret.startsWith(prefix) ? secret.substring(0, Math.min(secret.length(), prefix.length() + 6)) : "(chosen)";
	}
}
