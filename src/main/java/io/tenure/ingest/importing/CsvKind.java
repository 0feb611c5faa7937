package io.tenure.ingest.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a CSV file holds (accounts, people or events), the Tenure fields it can fill, and the column
 * names Salesforce and HubSpot exports and common event exports use for them (matched without regard
 * to case), so that an export maps itself.
 */
public enum CsvKind {

	ACCOUNTS(fields(
			"externalId", List.of("Account ID", "AccountId", "Id", "Record ID", "Company ID", "External ID", "external_id", "groupId"),
			"name", List.of("Account Name", "Company name", "Company Name", "Name", "name"),
			"website", List.of("Website", "Company Domain Name", "Domain", "Website URL"),
			"industry", List.of("Industry"),
			"employees", List.of("Employees", "NumberOfEmployees", "Number of Employees"),
			"plan", List.of("Plan", "Type"),
			"country", List.of("Billing Country", "BillingCountry", "Country/Region", "Country"))),

	PEOPLE(fields(
			"externalId", List.of("Contact ID", "ContactId", "Id", "Record ID", "User ID", "userId", "External ID", "external_id"),
			"email", List.of("Email", "E-mail", "Email Address"),
			"firstName", List.of("First Name", "FirstName"),
			"lastName", List.of("Last Name", "LastName"),
			"name", List.of("Full Name", "Name"),
			"title", List.of("Title", "Job Title"),
			"account", List.of("Account ID", "AccountId", "Associated Company ID", "Company ID", "groupId"))),

	EVENTS(fields(
			"userId", List.of("User ID", "userId", "user_id", "Contact ID", "Record ID", "Email"),
			"event", List.of("Event", "event", "Event Name", "event_name"),
			"timestamp", List.of("Timestamp", "timestamp", "Time", "Occurred At", "occurred_at", "Date"),
			"account", List.of("Account ID", "AccountId", "groupId", "Company ID", "account_id")));

	private final Map<String, List<String>> known;

	CsvKind(Map<String, List<String>> known) {
		this.known = known;
	}

	public List<String> fields() {
		return List.copyOf(known.keySet());
	}

	/** The fields every row must have: an id, and for events also the event's name. */
	public List<String> required() {
		return this == EVENTS ? List.of("userId", "event") : List.of("externalId");
	}

	/** The column a field most likely comes from, or null. */
	public String guess(String field, List<String> columns) {
		for (String name : known.get(field)) {
			for (String column : columns) {
				if (column.trim().equalsIgnoreCase(name)) {
					return column;
				}
			}
		}
		return null;
	}

	private static Map<String, List<String>> fields(Object... pairs) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> names = (List<String>) pairs[i + 1];
			fields.put((String) pairs[i], names);
		}
		return fields;
	}
}
