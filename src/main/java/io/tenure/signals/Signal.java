package io.tenure.signals;

import java.util.Arrays;
import java.util.Optional;

/**
 * A measure of an account's (and, where it applies, a person's) activity, computed as of the end of a
 * day (UTC) from what had happened by then. Windows count whole days ending with that day: "30 days"
 * as of 10 March is 9 February to 10 March. A signal has no value when there is nothing to measure
 * (a mail open rate without mails delivered); that is kept apart from zero.
 */
public enum Signal {

	LOGINS_7D("logins_7d", Unit.COUNT, true),
	LOGINS_30D("logins_30d", Unit.COUNT, true),
	ACTIVE_DAYS_7D("active_days_7d", Unit.DAYS, true),
	ACTIVE_DAYS_30D("active_days_30d", Unit.DAYS, true),
	/** Logins in the last 30 days against the monthly average of the 60 days before, as a change in percent. */
	LOGIN_TREND("login_trend", Unit.PERCENT_CHANGE, true),
	ACTIVE_PEOPLE_30D("active_people_30d", Unit.COUNT, false),
	/** People active in the last 30 days against the licensed seats (trait {@code seats}), where they are known. */
	SEAT_USE("seat_use", Unit.RATIO, false),
	KEY_EVENTS_30D("key_events_30d", Unit.COUNT, true),
	/** Share of the key events (micro-conversions) that the account has ever completed. */
	KEY_EVENTS_COMPLETED("key_events_completed", Unit.RATIO, true),
	KB_VIEWS_30D("kb_views_30d", Unit.COUNT, true),
	TICKETS_OPENED_30D("tickets_opened_30d", Unit.COUNT, true),
	TICKETS_SOLVED_30D("tickets_solved_30d", Unit.COUNT, true),
	/** Tickets whose follow-up period ended in the last 30 days without a key event or feature use by the person who opened it. */
	TICKETS_WITHOUT_SUCCESS("tickets_without_success", Unit.COUNT, true),
	EMAIL_OPEN_RATE_30D("email_open_rate_30d", Unit.RATIO, true),
	EMAIL_CLICK_RATE_30D("email_click_rate_30d", Unit.RATIO, true),
	CONTENT_VIEWS_30D("content_views_30d", Unit.COUNT, true),
	CONTENT_DOWNLOADS_30D("content_downloads_30d", Unit.COUNT, true),
	/** Share of the last 12 weeks with any content viewed or downloaded. */
	CONTENT_REGULARITY_12W("content_regularity_12w", Unit.RATIO, true),
	PASSWORD_RESETS_30D("password_resets_30d", Unit.COUNT, true),
	DAYS_SINCE_LAST_LOGIN("days_since_last_login", Unit.DAYS, true),
	FEATURES_USED_30D("features_used_30d", Unit.COUNT, true),
	/** 1 when the account barely uses the product and asks nothing of support (seed S15), else 0. */
	SILENT("silent", Unit.FLAG, false);

	/** How a value reads. */
	public enum Unit {
		COUNT, DAYS, RATIO, PERCENT_CHANGE, FLAG
	}

	private final String key;
	private final Unit unit;
	private final boolean perPerson;

	Signal(String key, Unit unit, boolean perPerson) {
		this.key = key;
		this.unit = unit;
		this.perPerson = perPerson;
	}

	/** The name used in scorecards, segments and the API. */
	public String key() {
		return key;
	}

	public Unit unit() {
		return unit;
	}

	/** Whether the signal is also computed for each person. */
	public boolean perPerson() {
		return perPerson;
	}

	public static Optional<Signal> byKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}
}
