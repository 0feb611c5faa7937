package io.tenure.accounts;

/** Blank input means "not given". */
final class Text {

	private Text() {
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** An ILIKE pattern that finds {@code text} anywhere, with LIKE's wildcards in it taken literally. */
	static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
