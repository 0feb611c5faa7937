package io.tenure.ingest.segment;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The form of ISO 8601 time that senders use, {@code 2026-01-31T12:00:00Z} with an optional fraction
 * of up to nine digits and a {@code Z} or {@code ±hh:mm} offset, read without a formatter (which costs
 * microseconds a call). Any other text gives null, for {@link java.time.OffsetDateTime#parse}.
 */
final class IsoTime {

	private static final int[] SCALE = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000 };

	private IsoTime() {
	}

	static Instant common(String text) {
		int n = text.length();
		if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
		int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		int i = 19, nanos = 0;
		if (text.charAt(i) == '.') {
			int start = ++i;
			while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				i++;
			}
			if (i == start || i - start > 9) {
				return null;
			}
			nanos = digits(text, start, i - start) * SCALE[9 - (i - start)];
		}
		int offset;
		if (i == n - 1 && text.charAt(i) == 'Z') {
			offset = 0;
		}
		else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
			int hours = digits(text, i + 1, 2), minutes = digits(text, i + 4, 2);
			if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
				return null;
			}
			offset = (text.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
		}
		else {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offset));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** The number written with these ASCII digits, or -1. */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
