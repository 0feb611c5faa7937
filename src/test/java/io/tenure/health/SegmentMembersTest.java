package io.tenure.health;

import static io.tenure.health.SegmentRulesTest.c;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Tier;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;
import io.tenure.platform.StaffFixtures;
import io.tenure.usage.RollupRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is in a segment, against accounts and people with known fields, health and activity. Every
 * segment here is narrowed to the fixture's own industry, so other tests' data stays out.
 */
@TenureTest
class SegmentMembersTest {

	@Autowired
	SegmentMembers members;

	@Autowired
	HealthScoring scoring;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	StaffUsers staffUsers;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient db;

	@Autowired
	HealthRuns runs;

	SegmentFixture fixture;
	LocalDate today;

	@BeforeEach
	void setUp() {
		fixture = new SegmentFixture(db, accounts, people);
		today = scoring.today();
		SegmentFixture.awaitNoRecompute(runs);
	}

	@Test
	void numbersEnumsIndicatorsAndMissingValuesPickTheirAccounts() {
		long owner = new StaffFixtures(staffUsers, tokens).member(Role.CSM).id();
		long falling = fixture.account("Falling", Tier.KEY, LifecycleStage.MATURE, owner, "Pro");
		long steady = fixture.account("Steady", Tier.KEY, LifecycleStage.MATURE, null, "Pro");
		long standard = fixture.account("Standard", Tier.STANDARD, LifecycleStage.ADOPTION, null, "Basic");
		long unscored = fixture.account("Unscored", Tier.KEY, LifecycleStage.ONBOARDING, null, null);
		long churned = fixture.account("Churned", Tier.KEY, LifecycleStage.CHURNED, null, "Pro");
		fixture.health(falling, 31.5, "RED", signals("login_trend", -50.0, "logins_30d", 4.0), "silent_account", "engagement_falling")
			.health(steady, 80.0, "GREEN", signals("login_trend", -10.0, "logins_30d", 40.0))
			.health(standard, 55.0, "YELLOW", signals("login_trend", -60.0, "logins_30d", null))
			.health(churned, 20.0, "RED", signals("login_trend", -90.0));

		assertThat(ids("tier", "is", "KEY", "login_trend", "<=", -30)).containsExactly(falling);
		assertThat(ids("login_trend", "<", -30)).as("lowest score first").containsExactly(falling, standard);
		assertThat(ids("login_trend", "!=", -10)).as("no value is not 'not -10'").containsExactly(falling, standard);
		assertThat(ids("logins_30d", "empty", null)).as("a signal without a value, or no health at all")
			.containsExactly(unscored, standard);
		assertThat(ids("band", "empty", null)).containsExactly(unscored);
		assertThat(ids("score", ">=", 55)).containsExactly(standard, steady);
		assertThat(ids("band", "in", "red, yellow")).containsExactly(falling, standard);
		assertThat(ids("tier", "not_in", List.of("STANDARD"))).containsExactly(unscored, falling, steady);
		assertThat(ids("indicator", "firing", "silent_account")).containsExactly(falling);
		assertThat(ids("indicator", "not_firing", "silent_account")).containsExactly(unscored, standard, steady);
		assertThat(ids("owner", "is", owner)).containsExactly(falling);
		assertThat(ids("owner", "empty", null)).containsExactly(unscored, standard, steady);
		assertThat(ids("plan", "is", "pro")).as("text regardless of case").containsExactly(falling, steady);
		assertThat(ids("plan", "is_not", "Pro")).as("no plan is not Pro").containsExactly(unscored, standard);
		assertThat(ids("lifecycle_stage", "is", "CHURNED")).as("churned accounts only when the stage is asked for").containsExactly(churned);
		assertThat(ids("lifecycle_stage", "not_in", "CHURNED")).containsExactly(unscored, falling, standard, steady);

		SegmentDefinition keyFalling = definition(SegmentSubject.ACCOUNTS, "tier", "is", "KEY", "login_trend", "<=", -30);
		var page = members.page(keyFalling, 0, 10);
		assertThat(page.total()).isEqualTo(1);
		var member = (SegmentMember.Account) page.items().get(0);
		assertThat(member.name()).isEqualTo("Falling " + fixture.tag);
		assertThat(member.band()).isEqualTo(Band.RED);
		assertThat(member.indicators()).containsExactly("silent_account", "engagement_falling");
		assertThat(member.figures()).containsEntry("login_trend", -50.0);
		assertThat(members.count(keyFalling)).isEqualTo(1);
	}

	@Test
	void anyConditionIsEnough() {
		long owner = new StaffFixtures(staffUsers, tokens).member(Role.CSM).id();
		long pro = fixture.account("Pro", Tier.STANDARD, LifecycleStage.MATURE, null, "Pro " + fixture.tag);
		long owned = fixture.account("Owned", Tier.STANDARD, LifecycleStage.MATURE, owner, null);
		fixture.account("Neither", Tier.STANDARD, LifecycleStage.MATURE, null, null);
		fixture.health(owned, 20.0, "RED", signals());

		SegmentDefinition one = new SegmentDefinition(null, SegmentSubject.ACCOUNTS, SegmentDefinition.Match.ANY,
				List.of(c("plan", "is", "Pro " + fixture.tag), c("industry", "is", "nothing-" + fixture.tag)));
		assertThat(members.page(checked(one), 0, 50).items()).extracting(SegmentMember::id).containsExactly(pro);
		SegmentDefinition both = new SegmentDefinition(null, SegmentSubject.ACCOUNTS, SegmentDefinition.Match.ANY,
				List.of(c("plan", "is", "Pro " + fixture.tag), c("owner", "is", owner)));
		assertThat(members.page(checked(both), 0, 50).items()).extracting(SegmentMember::id).containsExactly(pro, owned);
		assertThat(members.count(checked(both))).isEqualTo(2);
	}

	@Test
	void peopleByTheirOwnSignalsAndTheirAccount() {
		long key = fixture.account("Key", Tier.KEY, LifecycleStage.MATURE, null, null);
		long standard = fixture.account("Std", Tier.STANDARD, LifecycleStage.ADOPTION, null, null);
		fixture.health(key, 25.0, "RED", signals());
		long asked = fixture.person(key, "A asked", PersonRole.USER);
		long helped = fixture.person(key, "B helped", PersonRole.ADMIN);
		long champion = fixture.person(standard, "C champion", PersonRole.CHAMPION);
		long quiet = fixture.person(standard, "D quiet", PersonRole.USER);
		LocalDate ticket = today.minusDays(10);
		fixture.did(asked, key, ticket, "Ticket Created", "", 1)
			.did(helped, key, ticket, "Ticket Created", "", 1).did(helped, key, ticket.plusDays(2), "Feature Used", "reports", 3)
			.did(champion, standard, ticket, "Ticket Created", "", 2).did(champion, standard, today, "Signed In", "", 1);
		scoring.refreshPeople(today, List.of(key, standard)); // as the scoring does after new activity

		SegmentDefinition noSuccess = people("tickets_without_success", ">=", 1);
		assertThat(ids(noSuccess)).containsExactly(asked, champion);
		assertThat(members.count(noSuccess)).isEqualTo(2);
		assertThat(ids(people("tickets_without_success", ">=", 1, "account_tier", "is", "KEY"))).containsExactly(asked);
		assertThat(ids(people("role", "in", "champion, admin"))).as("in SQL alone").containsExactly(helped, champion);
		assertThat(ids(people("account_band", "is", "RED"))).containsExactly(asked, helped);
		assertThat(ids(people("email_open_rate_30d", "empty", null))).containsExactly(asked, helped, champion, quiet);
		assertThat(ids(people("logins_30d", ">", 0))).containsExactly(champion);

		var second = members.page(noSuccess, 1, 1);
		assertThat(second.total()).isEqualTo(2);
		var person = (SegmentMember.Person) second.items().get(0);
		assertThat(person.id()).isEqualTo(champion);
		assertThat(person.accountId()).isEqualTo(standard);
		assertThat(person.role()).isEqualTo("CHAMPION");
		assertThat(person.figures()).containsEntry("tickets_without_success", 2.0);

		SegmentDefinition either = new SegmentDefinition(null, SegmentSubject.PEOPLE, SegmentDefinition.Match.ANY,
				List.of(c("account_band", "is", "RED"), c("tickets_without_success", ">=", 1)));
		assertThat(members.page(checked(either), 0, 1_000_000).items()).extracting(SegmentMember::id)
			.contains(asked, helped, champion).doesNotContain(quiet);
	}

	@Test
	void scoredAccountsAreFoundByTheirComputedSignalsAndIndicators() {
		long silent = fixture.account("Silent", Tier.LARGE, LifecycleStage.ADOPTION, null, null);
		for (int back = 35; back <= 70; back++) {
			RollupRows.account(db, silent, today.minusDays(back), "Signed In", "", 2);
		}
		scoring.scoreSome(today, List.of(silent));

		assertThat(ids("indicator", "firing", "silent_account", "login_trend", "<=", -30, "logins_30d", "=", 0)).containsExactly(silent);
	}

	private List<Long> ids(Object... condition) {
		return ids(definition(SegmentSubject.ACCOUNTS, condition));
	}

	private List<Long> ids(SegmentDefinition definition) {
		return members.page(definition, 0, 100).items().stream().map(SegmentMember::id).toList();
	}

	private SegmentDefinition people(Object... condition) {
		return definition(SegmentSubject.PEOPLE, condition);
	}

	/** Conditions as field, operator, value triples, narrowed to the fixture's industry. */
	private SegmentDefinition definition(SegmentSubject subject, Object... triples) {
		List<SegmentCondition> conditions = new java.util.ArrayList<>();
		conditions.add(c(subject == SegmentSubject.PEOPLE ? "account_industry" : "industry", "is", fixture.tag));
		for (int i = 0; i < triples.length; i += 3) {
			conditions.add(c((String) triples[i], (String) triples[i + 1], triples[i + 2]));
		}
		return checked(new SegmentDefinition(null, subject, null, conditions));
	}

	private static SegmentDefinition checked(SegmentDefinition definition) {
		return SegmentRules.check(definition, SegmentRules.Context.preview(id -> true));
	}

	private static Map<String, Double> signals(Object... pairs) {
		Map<String, Double> out = new HashMap<>();
		Arrays.stream(io.tenure.signals.Signal.values()).forEach(s -> out.put(s.key(), null));
		for (int i = 0; i < pairs.length; i += 2) {
			out.put((String) pairs[i], (Double) pairs[i + 1]);
		}
		return out;
	}
}
