package io.tenure.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns counts into signals. Rates need something to divide: no mail delivered means no open rate,
 * no logins in the 60 days before means no trend, unknown seats mean no seat use.
 */
final class SignalMath {

	/** At most this many active days in 30 (and no questions to support) make an account silent. */
	static final int SILENT_MAX_ACTIVE_DAYS = 3;

	private SignalMath() {
	}

	static SignalValues values(LocalDate day, ActivityCounts c, int keyEventsDefined) {
		Map<Signal, Double> v = new EnumMap<>(Signal.class);
		v.put(Signal.LOGINS_7D, (double) c.logins7d());
		v.put(Signal.LOGINS_30D, (double) c.logins30d());
		v.put(Signal.ACTIVE_DAYS_7D, (double) c.activeDays7d());
		v.put(Signal.ACTIVE_DAYS_30D, (double) c.activeDays30d());
		v.put(Signal.LOGIN_TREND, trend(c.logins30d(), c.loginsPrior60d()));
		v.put(Signal.KEY_EVENTS_30D, (double) c.keyEvents30d());
		v.put(Signal.KEY_EVENTS_COMPLETED, keyEventsDefined == 0 ? null : round(Math.min(1.0, (double) c.keyEventsDone() / keyEventsDefined)));
		v.put(Signal.KB_VIEWS_30D, (double) c.kbViews30d());
		v.put(Signal.TICKETS_OPENED_30D, (double) c.ticketsOpened30d());
		v.put(Signal.TICKETS_SOLVED_30D, (double) c.ticketsSolved30d());
		v.put(Signal.TICKETS_WITHOUT_SUCCESS, (double) c.ticketsWithoutSuccess());
		v.put(Signal.EMAIL_OPEN_RATE_30D, rate(c.emailsOpened30d(), c.emailsDelivered30d()));
		v.put(Signal.EMAIL_CLICK_RATE_30D, rate(c.emailsClicked30d(), c.emailsDelivered30d()));
		v.put(Signal.CONTENT_VIEWS_30D, (double) c.contentViews30d());
		v.put(Signal.CONTENT_DOWNLOADS_30D, (double) c.contentDownloads30d());
		v.put(Signal.CONTENT_REGULARITY_12W, round(c.contentWeeks12w() / 12.0));
		v.put(Signal.PASSWORD_RESETS_30D, (double) c.passwordResets30d());
		v.put(Signal.DAYS_SINCE_LAST_LOGIN, c.lastLogin() == null ? null : (double) ChronoUnit.DAYS.between(c.lastLogin(), day));
		v.put(Signal.FEATURES_USED_30D, (double) c.featuresUsed30d());
		if (c.activePeople30d() != null) {
			v.put(Signal.ACTIVE_PEOPLE_30D, (double) c.activePeople30d());
			v.put(Signal.SEAT_USE, c.seats() == null || c.seats() <= 0 ? null : round((double) c.activePeople30d() / c.seats()));
			boolean silent = c.activeDays30d() <= SILENT_MAX_ACTIVE_DAYS && c.ticketsOpened30d() == 0 && c.kbViews30d() == 0;
			v.put(Signal.SILENT, silent ? 1.0 : 0.0);
		}
		return new SignalValues(day, v);
	}

	/** Logins in the last 30 days against the 30-day average of the 60 before, in percent; none without a baseline. */
	static Double trend(long last30, long prior60) {
		if (prior60 == 0) {
			return null;
		}
		double baseline = prior60 / 2.0;
		return round1((last30 - baseline) / baseline * 100);
	}

	/** A share of something delivered, at most 1 (an open can be counted for a mail delivered before the window). */
	static Double rate(long part, long whole) {
		return whole == 0 ? null : round(Math.min(1.0, (double) part / whole));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
