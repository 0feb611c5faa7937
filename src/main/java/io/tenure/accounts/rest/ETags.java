package io.tenure.accounts.rest;

import io.tenure.platform.InvalidInputException;

/** Versions travel as ETags: {@code "3"}, or {@code W/"3"}. */
final class ETags {

	private ETags() {
	}

	static Integer version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.equals("*")) {
			return null;
		}
		String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("If-Match", "must be the ETag of a GET, such as \"3\"");
		}
	}
}
