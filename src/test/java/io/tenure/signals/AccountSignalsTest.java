package io.tenure.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tenure.TenureTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signal math against a fixture computed by hand, and the as-of rule: a value computed later for a
 * past day equals the value computed on that day, whatever arrived since with a later date.
 */
@TenureTest
class AccountSignalsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	@Autowired
	AccountSignals signals;

	@Autowired
	JdbcClient db;

	private ActivityFixture fixture;
	private long first;
	private long second;

	/** The account of the hand computation below; days are counted back from 31 March 2026. */
	private void handComputedAccount() {
		fixture = new ActivityFixture(db, DAY, "4");
		first = fixture.person(UUID.randomUUID() + "@first.test");
		second = fixture.person(UUID.randomUUID() + "@second.test");
		fixture.did(first, 0, "Signed In", 2).did(first, 3, "Signed In", 1).did(first, 10, "Signed In", 3)
			.did(first, 40, "Signed In", 4).did(first, 70, "Signed In", 2)
			.did(first, 1, "Feature Used", "reports", 5).did(first, 2, "Feature Used", "export", 1)
			.did(first, 3, "Feature Used", "", 1).did(first, 18, "Feature Used", "reports", 1)
			.did(first, 5, "Email Delivered", 10).did(first, 5, "Email Opened", 4).did(first, 4, "Email Link Clicked", 1)
			.did(first, 8, "Content Viewed", 1).did(first, 50, "Content Downloaded", 1)
			.did(first, 83, "Content Downloaded", 1).did(first, 84, "Content Downloaded", 1)
			.did(first, 12, "Report Created", 1).did(first, 20, "Ticket Created", 1)
			.did(second, 20, "Password Reset Requested", 2).did(second, 25, "Article Viewed", 3)
			.did(second, 200, "Integration Connected", 1)
			.did(second, 15, "Ticket Created", 1).did(second, 3, "Ticket Created", 1).did(second, 40, "Ticket Created", 1);
	}

	@Test
	void accountSignalsMatchTheHandComputation() {
		handComputedAccount();
		SignalValues v = signals.account(fixture.accountId, DAY);

		assertThat(v.get(Signal.LOGINS_7D)).isEqualTo(3.0); // days 0 and 3
		assertThat(v.get(Signal.LOGINS_30D)).isEqualTo(6.0); // + day 10
		assertThat(v.get(Signal.LOGIN_TREND)).isEqualTo(100.0); // 6 against (4 + 2) / 2 = 3 a month before
		assertThat(v.get(Signal.ACTIVE_DAYS_7D)).isEqualTo(4.0); // 0, 1, 2, 3; mails on days 4 and 5 are not product use
		assertThat(v.get(Signal.ACTIVE_DAYS_30D)).isEqualTo(11.0); // + 8, 10, 12, 15, 18, 20, 25 (the reset on 20 is not use)
		assertThat(v.get(Signal.KEY_EVENTS_30D)).isEqualTo(1.0);
		assertThat(v.get(Signal.KB_VIEWS_30D)).isEqualTo(3.0);
		assertThat(v.get(Signal.TICKETS_OPENED_30D)).isEqualTo(3.0); // 20, 15, 3; not 40
		assertThat(v.get(Signal.TICKETS_SOLVED_30D)).isEqualTo(0.0);
		// day 20: feature used on day 18, a success; day 15: nothing after it; day 3: follow-up not over; day 40: over before the window
		assertThat(v.get(Signal.TICKETS_WITHOUT_SUCCESS)).isEqualTo(1.0);
		assertThat(v.get(Signal.EMAIL_OPEN_RATE_30D)).isEqualTo(0.4);
		assertThat(v.get(Signal.EMAIL_CLICK_RATE_30D)).isEqualTo(0.1);
		assertThat(v.get(Signal.CONTENT_VIEWS_30D)).isEqualTo(1.0);
		assertThat(v.get(Signal.CONTENT_DOWNLOADS_30D)).isEqualTo(0.0);
		assertThat(v.get(Signal.CONTENT_REGULARITY_12W)).isEqualTo(0.25); // weeks 1, 7 and 11 of 12; day 84 is week 13
		assertThat(v.get(Signal.PASSWORD_RESETS_30D)).isEqualTo(2.0);
		assertThat(v.get(Signal.DAYS_SINCE_LAST_LOGIN)).isEqualTo(0.0);
		assertThat(v.get(Signal.FEATURES_USED_30D)).isEqualTo(2.0); // reports and export; no feature named is not one
		assertThat(v.get(Signal.ACTIVE_PEOPLE_30D)).isEqualTo(2.0);
		assertThat(v.get(Signal.SEAT_USE)).isEqualTo(0.5);
		assertThat(v.get(Signal.SILENT)).isEqualTo(0.0);
		int keyEvents = db.sql("select count(*) from event_names where key_event").query(Integer.class).single();
		assertThat(v.get(Signal.KEY_EVENTS_COMPLETED)).isCloseTo(Math.min(1.0, 2.0 / keyEvents), within(0.001));
	}

	@Test
	void personSignalsCountOnlyThatPerson() {
		handComputedAccount();
		SignalValues v = signals.people(DAY, List.of(second)).get(second);

		assertThat(v.get(Signal.LOGINS_30D)).isEqualTo(0.0);
		assertThat(v.get(Signal.LOGIN_TREND)).as("no logins before: no trend").isNull();
		assertThat(v.get(Signal.DAYS_SINCE_LAST_LOGIN)).as("never logged in").isNull();
		assertThat(v.get(Signal.TICKETS_OPENED_30D)).isEqualTo(2.0);
		assertThat(v.get(Signal.TICKETS_WITHOUT_SUCCESS)).isEqualTo(1.0);
		assertThat(v.get(Signal.ACTIVE_DAYS_30D)).isEqualTo(3.0); // tickets on 15 and 3, articles on 25
		assertThat(v.get(Signal.EMAIL_OPEN_RATE_30D)).as("no mail delivered: no rate").isNull();
		assertThat(v.get(Signal.SEAT_USE)).as("accounts only").isNull();
		assertThat(v.get(Signal.SILENT)).as("accounts only").isNull();
	}

	@Test
	void aPastDayKeepsItsValuesWhateverHappensLater() {
		fixture = new ActivityFixture(db, DAY, null);
		first = fixture.person(UUID.randomUUID() + "@first.test");
		fixture.did(first, 12, "Signed In", 2).did(first, 20, "Feature Used", "reports", 3).did(first, 11, "Email Delivered", 2);
		LocalDate past = DAY.minusDays(10);
		SignalValues before = signals.account(fixture.accountId, past);

		fixture.did(first, 9, "Signed In", 1).did(first, 7, "Signed In", 1).did(first, 5, "Ticket Created", 1)
			.did(first, 0, "Feature Used", "export", 1).did(first, 8, "Email Opened", 2);

		assertThat(signals.account(fixture.accountId, past)).isEqualTo(before);
		assertThat(before.get(Signal.LOGINS_30D)).isEqualTo(2.0);
		assertThat(before.get(Signal.DAYS_SINCE_LAST_LOGIN)).isEqualTo(2.0);
		assertThat(before.get(Signal.EMAIL_OPEN_RATE_30D)).isEqualTo(0.0);
		assertThat(signals.account(fixture.accountId, DAY).get(Signal.LOGINS_30D)).isEqualTo(4.0);
	}

	/**
	 * "Ever" as of a past day: logins before the day's 90-day window and after the day leave the last
	 * login to a look-up before the window; key events first done after the day do not count yet.
	 */
	@Test
	void theLastLoginAndKeyEventsEverDoneAreThoseKnownOnThePastDay() {
		fixture = new ActivityFixture(db, DAY, null);
		first = fixture.person(UUID.randomUUID() + "@first.test");
		fixture.did(first, 200, "Signed In", 1).did(first, 150, "Signed In", 2).did(first, 5, "Signed In", 1)
			.did(first, 120, "Report Created", 1).did(first, 3, "Integration Connected", 1).did(first, 1, "Integration Connected", 1);
		int keyEvents = db.sql("select count(*) from event_names where key_event").query(Integer.class).single();
		LocalDate past = DAY.minusDays(30);

		for (SignalValues v : List.of(signals.account(fixture.accountId, past), signals.people(past, List.of(first)).get(first),
				signals.allAccounts(past, List.of(fixture.accountId)).get(fixture.accountId), signals.allPeople(past).get(first))) {
			assertThat(v.get(Signal.DAYS_SINCE_LAST_LOGIN)).as("no login in the window; the last is 150 days back").isEqualTo(120.0);
			assertThat(v.get(Signal.KEY_EVENTS_COMPLETED)).isCloseTo(1.0 / keyEvents, within(0.001));
		}
		assertThat(signals.account(fixture.accountId, DAY.minusDays(100)).get(Signal.DAYS_SINCE_LAST_LOGIN)).isEqualTo(50.0);
		assertThat(signals.account(fixture.accountId, DAY.minusDays(160)).get(Signal.DAYS_SINCE_LAST_LOGIN)).isEqualTo(40.0);
		assertThat(signals.account(fixture.accountId, DAY.minusDays(201)).get(Signal.DAYS_SINCE_LAST_LOGIN)).isNull();
		assertThat(signals.account(fixture.accountId, DAY.minusDays(201)).get(Signal.KEY_EVENTS_COMPLETED)).isEqualTo(0.0);
		SignalValues today = signals.account(fixture.accountId, DAY);
		assertThat(today.get(Signal.DAYS_SINCE_LAST_LOGIN)).isEqualTo(5.0);
		assertThat(today.get(Signal.KEY_EVENTS_COMPLETED)).isCloseTo(Math.min(1.0, 2.0 / keyEvents), within(0.001));
	}

	@Test
	void anAccountThatBarelyUsesTheProductAndAsksNothingIsSilent() {
		fixture = new ActivityFixture(db, DAY, null);
		first = fixture.person(UUID.randomUUID() + "@first.test");
		fixture.did(first, 2, "Signed In", 1).did(first, 9, "Signed In", 1).did(first, 15, "Email Delivered", 4);
		assertThat(signals.account(fixture.accountId, DAY).get(Signal.SILENT)).isEqualTo(1.0);

		fixture.did(first, 20, "Article Viewed", 1);
		assertThat(signals.account(fixture.accountId, DAY).get(Signal.SILENT)).as("a question is a good sign").isEqualTo(0.0);
	}

	@Test
	void anAccountWithNothingAtAllHasZeroCountsAndNoRates() {
		fixture = new ActivityFixture(db, DAY, null);
		SignalValues v = signals.account(fixture.accountId, DAY);
		assertThat(v.get(Signal.LOGINS_30D)).isEqualTo(0.0);
		assertThat(v.get(Signal.ACTIVE_PEOPLE_30D)).isEqualTo(0.0);
		assertThat(v.get(Signal.SILENT)).isEqualTo(1.0);
		assertThat(v.get(Signal.EMAIL_OPEN_RATE_30D)).isNull();
		assertThat(v.get(Signal.SEAT_USE)).isNull();
		assertThat(v.get(Signal.DAYS_SINCE_LAST_LOGIN)).isNull();
	}

	@Test
	void onePersonAndAllPeopleAgree() {
		handComputedAccount();
		assertThat(signals.allPeople(DAY).get(second)).isEqualTo(signals.people(DAY, List.of(second)).get(second));
	}

	@Test
	void oneAccountAndAllAccountsAgree() {
		handComputedAccount();
		assertThat(signals.allAccounts(DAY, List.of(fixture.accountId)).get(fixture.accountId))
			.isEqualTo(signals.account(fixture.accountId, DAY));
	}
}
