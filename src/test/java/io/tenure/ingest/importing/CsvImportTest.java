package io.tenure.ingest.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.StaffFixtures;
import io.tenure.platform.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** CRM exports in, with their columns recognised: accounts from Salesforce, contacts from HubSpot. */
@TenureTest
class CsvImportTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvUploads uploads;

	@Autowired
	JdbcClient db;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens apiTokens;

	String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aSalesforceAccountExportAndAHubSpotContactExportMapThemselvesAndRepeatSafely() throws Exception {
		var admin = WebSession.login(port, new StaffFixtures(staffUsers, apiTokens).member(Role.ADMIN).email(), StaffFixtures.PASSWORD);
		var accounts = uploads.store("Accounts.csv", CsvKind.ACCOUNTS, csv("""
				Account ID,Account Name,Website,Industry,NumberOfEmployees,Billing Country,Rating
				001-%1$s,"Globex, Inc.",https://www.globex-%1$s.com,Manufacturing,1200,de,Hot
				002-%1$s,Initech %1$s,initech-%1$s.io,Software,45,US,Warm
				""".formatted(tag)));

		String mapping = admin.get("/admin/import/csv/" + accounts.id()).expect(200).body();
		assertThat(mapping).contains("<option value=\"Account ID\" selected=\"selected\">")
			.contains("<option value=\"NumberOfEmployees\" selected=\"selected\">");
		String done = admin.post("/admin/import/csv/" + accounts.id(), "map.externalId", "Account ID", "map.name", "Account Name",
				"map.website", "Website", "map.industry", "Industry", "map.employees", "NumberOfEmployees", "map.country",
				"Billing Country").expect(200).body();

		assertThat(done).contains("id=\"csv-done\"").contains("2 stored");
		var globex = db.sql("select name, domain, industry, employees, country, traits->>'Rating' as rating from accounts where external_id = ?")
			.param("001-" + tag).query().singleRow();
		assertThat(globex).containsEntry("name", "Globex, Inc.").containsEntry("domain", "globex-" + tag + ".com")
			.containsEntry("industry", "Manufacturing").containsEntry("employees", 1200).containsEntry("country", "DE")
			.containsEntry("rating", "Hot");

		String contacts = """
				Record ID,First Name,Last Name,Email,Job Title,Associated Company ID
				c1-%1$s,Ann,Lee,ann@globex-%1$s.com,CTO,001-%1$s
				""".formatted(tag);
		var people = uploads.store("contacts.csv", CsvKind.PEOPLE, csv(contacts));
		var guesses = Map.of("externalId", "Record ID", "firstName", "First Name", "lastName", "Last Name", "email", "Email", "title",
				"Job Title", "account", "Associated Company ID");
		for (String field : CsvKind.PEOPLE.fields()) {
			assertThat(CsvKind.PEOPLE.guess(field, people.columns())).isEqualTo(guesses.getOrDefault(field, null));
		}
		assertThat(uploads.importAndForget(people, guesses).stored()).isEqualTo(1);
		var ann = db.sql("""
				select p.name, p.email, p.title, a.external_id as account from people p join accounts a on a.id = p.account_id
				where p.external_id = ?""").param("c1-" + tag).query().singleRow();
		assertThat(ann).containsEntry("name", "Ann Lee").containsEntry("email", "ann@globex-" + tag + ".com")
			.containsEntry("title", "CTO").containsEntry("account", "001-" + tag);

		var again = uploads.store("contacts.csv", CsvKind.PEOPLE, csv(contacts));
		ImportReport repeat = uploads.importAndForget(again, guesses);
		assertThat(repeat.stored()).isZero();
		assertThat(repeat.repeated()).isEqualTo(1);
	}

	@Test
	void aRowWithoutItsIdOrABrokenFileIsRefusedWhole() throws Exception {
		var missing = uploads.store("a.csv", CsvKind.ACCOUNTS, csv("""
				Account ID,Account Name
				003-%1$s,Kept Out %1$s
				,Nameless
				""".formatted(tag)));
		ImportReport refused = uploads.importAndForget(missing, Map.of("externalId", "Account ID", "name", "Account Name"));

		assertThat(refused.refused()).isTrue();
		assertThat(refused.problems()).containsExactly("row 2: the externalId column 'Account ID' is empty");
		assertThat(db.sql("select count(*) from accounts where external_id = ?").param("003-" + tag).query(Long.class).single()).isZero();

		var nul = uploads.store("n.csv", CsvKind.ACCOUNTS, csv("Account ID,Account Name\n005-" + tag + ",Bad\u0000Name\n"));
		assertThat(uploads.importAndForget(nul, Map.of("externalId", "Account ID")).problems())
			.containsExactly("row 1: the column 'Account Name' holds a NUL character, which cannot be stored");

		var broken = uploads.store("b.csv", CsvKind.ACCOUNTS, csv("Account ID,Account Name\n004-" + tag + ",\"unclosed\n"));
		assertThat(uploads.importAndForget(broken, Map.of("externalId", "Account ID")).problems())
			.singleElement().asString().startsWith("the file is not valid CSV");
	}

	@Test
	void anEventExportBecomesTrackCallsWithTheOtherColumnsAsProperties() throws Exception {
		String events = """
				User ID,Event,Timestamp,Account ID,Report Type
				ev-%1$s,Report Created,2026-03-02T10:15:00Z,evacc-%1$s,weekly
				ev-%1$s,Signed In,2026-03-03,evacc-%1$s,
				""".formatted(tag);
		var upload = uploads.store("events.csv", CsvKind.EVENTS, csv(events));
		var mapping = new java.util.HashMap<String, String>();
		CsvKind.EVENTS.fields().forEach(field -> mapping.put(field, CsvKind.EVENTS.guess(field, upload.columns())));
		assertThat(mapping).containsEntry("userId", "User ID").containsEntry("event", "Event").containsEntry("timestamp", "Timestamp")
			.containsEntry("account", "Account ID");

		assertThat(uploads.importAndForget(upload, mapping).stored()).isEqualTo(2);

		var report = db.sql("""
				select e.type, e.occurred_at, e.properties->>'Report Type' as report_type, a.external_id as account
				from events e join accounts a on a.id = e.account_id where e.user_id = ? and e.name = 'Report Created'""")
			.param("ev-" + tag).query().singleRow();
		assertThat(report).containsEntry("type", "track").containsEntry("report_type", "weekly").containsEntry("account", "evacc-" + tag);
		assertThat(((java.sql.Timestamp) report.get("occurred_at")).toInstant()).isEqualTo(java.time.Instant.parse("2026-03-02T10:15:00Z"));
		assertThat(db.sql("select occurred_at from events where user_id = ? and name = 'Signed In'").param("ev-" + tag)
			.query(java.time.OffsetDateTime.class).single().toInstant()).isEqualTo(java.time.Instant.parse("2026-03-03T00:00:00Z"));

		var bad = uploads.store("bad-events.csv", CsvKind.EVENTS, csv("User ID,Event,Timestamp\nx-" + tag + ",A,yesterday\n"));
		assertThat(uploads.importAndForget(bad, Map.of("userId", "User ID", "event", "Event", "timestamp", "Timestamp")).problems())
			.singleElement().asString().startsWith("row 1: 'yesterday' is not a time");
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
