package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tenure.TenureTest;
import io.tenure.ingest.Tracking;
import io.tenure.ingest.WriteKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scores follow new events: an event sent through the tracking API shows in its account's health within 5 seconds. */
@TenureTest
class FreshScoresTest {

	@LocalServerPort
	int port;

	@Autowired
	WriteKeys writeKeys;

	@Autowired
	JdbcClient db;

	@Autowired
	HealthScoring scoring;

	@Autowired
	FreshScores fresh;

	@Test
	void aNewEventShowsInTheAccountsScoreWithinFiveSeconds() throws InterruptedException {
		String u = Tracking.unique();
		Tracking tracking = new Tracking(port, writeKeys.create("fresh " + u, null), db);
		tracking.send("group", Tracking.group("user-" + u, "acct-" + u, Map.of("name", "Fresh " + u))).expect(200);
		long account = db.sql("select id from accounts where external_id = ?").param("acct-" + u).query(Long.class).single();

		tracking.batch(List.of(Tracking.track("user-" + u, "Signed In", "acct-" + u), Tracking.track("user-" + u, "Signed In", "acct-" + u),
				Tracking.track("user-" + u, "Report Created", "acct-" + u))).expect(200);

		Instant sent = Instant.now();
		Optional<String> logins = Optional.empty();
		while (Duration.between(sent, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
			logins = db.sql("select signals ->> 'logins_7d' from account_health where account_id = ?").param(account)
				.query(String.class).optional();
			if (logins.isPresent() && !logins.get().equals("0.0")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(logins).as("account %s scored within 5 s of the events", account).contains("2.0");
		assertThat(db.sql("select score from account_scores where account_id = ? and day = ?").params(account, scoring.today())
			.query(Double.class).single()).isNotNull();
	}

	/** People's signals (for segments over people) are refreshed on a slower turn of their own: here, that turn is taken at once. */
	@Test
	void thePeopleWithNewActivityHaveTheirSignalsRefreshedOnTheirOwnTurn() throws InterruptedException {
		String u = Tracking.unique();
		Tracking tracking = new Tracking(port, writeKeys.create("fresh people " + u, null), db);
		tracking.batch(List.of(Tracking.track("person-" + u, "Signed In", "acct-p-" + u), Tracking.track("person-" + u, "Signed In",
				"acct-p-" + u), Tracking.track("person-" + u, "Signed In", "acct-p-" + u))).expect(200);
		long person = tracking.personId("person-" + u);

		fresh.refreshPeople();

		Instant asked = Instant.now();
		Optional<String> logins = Optional.empty();
		while (Duration.between(asked, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0 && !logins.equals(Optional.of("3.0"))) {
			Thread.sleep(50);
			logins = db.sql("select signals ->> 'logins_7d' from person_health where person_id = ?").param(person).query(String.class)
				.optional();
		}
		assertThat(logins).as("person %s's signals refreshed", person).contains("3.0");
	}
}
