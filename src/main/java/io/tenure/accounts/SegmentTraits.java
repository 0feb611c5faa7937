package io.tenure.accounts;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Segment's reserved traits (name, email, title, website, industry, employees, plan, createdAt) read
 * leniently: a value that does not fit its field is left to the free-form traits.
 */
record SegmentTraits(Map<String, Object> values) {

	String text(String key, int max) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		return text.isEmpty() || text.length() > max || text.indexOf('\0') >= 0 ? null : text;
	}

	Integer employees() {
		Object value = values.get("employees");
		try {
			long n = value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value).trim());
			return n >= 0 && n <= 10_000_000 ? (int) n : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A two-letter ISO 3166 country code, in any case. */
	String country() {
		String country = text("country", 2);
		return country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(java.util.Locale.ROOT) : null;
	}

	/** The host of the website trait, when it is a domain name. */
	String domain() {
		String website = text("website", 500);
		if (website == null) {
			website = text("domain", 253);
		}
		if (website == null) {
			return null;
		}
		try {
			String host = website.contains("://") ? URI.create(website).getHost() : website.split("/")[0];
			host = host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
			return host != null && host.matches("^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$") ? host : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	LocalDate date(String key) {
		String text = text(key, 40);
		if (text == null) {
			return null;
		}
		try {
			return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		catch (java.time.format.DateTimeParseException e) {
			try {
				return Instant.ofEpochSecond(Long.parseLong(text)).atOffset(ZoneOffset.UTC).toLocalDate();
			}
			catch (NumberFormatException notSeconds) {
				return null;
			}
		}
	}
}
