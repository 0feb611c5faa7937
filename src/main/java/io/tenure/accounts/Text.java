package io.tenure.accounts;

/** Blank input means "not given". */
final class Text {

	private Text() {
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
