package io.tenure.signals;

import java.time.LocalDate;

/**
 * What an account or a person did in the windows that end with a day, counted from the daily rollups:
 * the raw material of the signals. People and seats are known only for accounts (null for a person).
 */
record ActivityCounts(long logins7d, long logins30d, long loginsPrior60d, long activeDays7d, long activeDays30d,
		long keyEvents30d, long kbViews30d, long ticketsOpened30d, long ticketsSolved30d, long ticketsWithoutSuccess,
		long emailsDelivered30d, long emailsOpened30d, long emailsClicked30d, long contentViews30d,
		long contentDownloads30d, long contentWeeks12w, long passwordResets30d, long featuresUsed30d,
		LocalDate lastLogin, long keyEventsDone, Long activePeople30d, Long seats) {

	/** Nothing at all happened (an account or person with no activity in the windows and none before). */
	static ActivityCounts none(boolean account) {
		Long people = account ? 0L : null;
		return new ActivityCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, people, null);
	}

	ActivityCounts withTicketsWithoutSuccess(long tickets) {
		return new ActivityCounts(logins7d, logins30d, loginsPrior60d, activeDays7d, activeDays30d, keyEvents30d,
				kbViews30d, ticketsOpened30d, ticketsSolved30d, tickets, emailsDelivered30d, emailsOpened30d,
				emailsClicked30d, contentViews30d, contentDownloads30d, contentWeeks12w, passwordResets30d,
				featuresUsed30d, lastLogin, keyEventsDone, activePeople30d, seats);
	}

	ActivityCounts withFeatures(long features) {
		return new ActivityCounts(logins7d, logins30d, loginsPrior60d, activeDays7d, activeDays30d, keyEvents30d,
				kbViews30d, ticketsOpened30d, ticketsSolved30d, ticketsWithoutSuccess, emailsDelivered30d,
				emailsOpened30d, emailsClicked30d, contentViews30d, contentDownloads30d, contentWeeks12w,
				passwordResets30d, features, lastLogin, keyEventsDone, activePeople30d, seats);
	}

	ActivityCounts withLifetime(LocalDate lastLogin, long keyEventsDone) {
		return new ActivityCounts(logins7d, logins30d, loginsPrior60d, activeDays7d, activeDays30d, keyEvents30d,
				kbViews30d, ticketsOpened30d, ticketsSolved30d, ticketsWithoutSuccess, emailsDelivered30d,
				emailsOpened30d, emailsClicked30d, contentViews30d, contentDownloads30d, contentWeeks12w,
				passwordResets30d, featuresUsed30d, lastLogin, keyEventsDone, activePeople30d, seats);
	}

	ActivityCounts withPeople(Long activePeople30d, Long seats) {
		return new ActivityCounts(logins7d, logins30d, loginsPrior60d, activeDays7d, activeDays30d, keyEvents30d,
				kbViews30d, ticketsOpened30d, ticketsSolved30d, ticketsWithoutSuccess, emailsDelivered30d,
				emailsOpened30d, emailsClicked30d, contentViews30d, contentDownloads30d, contentWeeks12w,
				passwordResets30d, featuresUsed30d, lastLogin, keyEventsDone, activePeople30d, seats);
	}
}
