package io.tenure.usage;

/** What an event means for customer success, whatever the product calls it. */
public enum EventCategory {
	LOGIN, SIGNUP, PASSWORD_RESET, KB_VIEW, TICKET_OPENED, TICKET_SOLVED, EMAIL_DELIVERED, EMAIL_OPENED, EMAIL_CLICKED,
	CONTENT_VIEWED, CONTENT_DOWNLOADED, FEATURE_USED, TRIAL_STARTED, TRIAL_ENDED, PAGE_VIEWED, OTHER
}
