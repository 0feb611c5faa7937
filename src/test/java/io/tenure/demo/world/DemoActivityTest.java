package io.tenure.demo.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.tenure.ingest.Call;
import io.tenure.usage.CallType;
import org.junit.jupiter.api.Test;

class DemoActivityTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
	private static final DemoWorld WORLD = DemoGenerator.generate(42, 300, TODAY);
	private static final Map<DemoAccount, List<Call>> CALLS = new HashMap<>();
	private static final Set<String> SUCCESS = Set.of("Feature Used", "Report Created", "Integration Connected", "User Invited");

	static {
		WORLD.peopleByAccount().forEach((index, people) -> CALLS.put(WORLD.accounts().get(index),
				DemoActivity.of(WORLD, WORLD.accounts().get(index), people)));
	}

	@Test
	void aboutAQuarterMillionEventsOfEveryKindForThreeHundredAccounts() {
		List<Call> all = CALLS.values().stream().flatMap(List::stream).toList();
		assertThat(all).hasSizeBetween(150_000, 400_000);
		Map<String, Long> byName = all.stream().collect(Collectors.groupingBy(Call::eventName, Collectors.counting()));
		assertThat(byName).containsKeys("Signed In", "Feature Used", "Report Created", "Integration Connected", "User Invited",
				"Article Viewed", "Ticket Created", "Ticket Solved", "Email Delivered", "Email Opened", "Email Link Clicked",
				"Content Viewed", "Content Downloaded", "Password Reset Requested", "Trial Started", "Trial Ended", "Page Viewed");
		assertThat(all.stream().filter(c -> c.type() == CallType.TRACK).map(c -> c.properties().get("feature"))
			.filter(f -> f != null).distinct()).hasSizeBetween(6, 10);
	}

	@Test
	void theSameSeedSizeAndDayGiveTheSameCallsWithUniqueIds() {
		DemoWorld again = DemoGenerator.generate(42, 300, TODAY);
		DemoAccount account = WORLD.accounts().get(7);
		assertThat(DemoActivity.of(again, account, again.peopleByAccount().get(7))).isEqualTo(CALLS.get(account));
		List<String> ids = CALLS.values().stream().flatMap(List::stream).map(Call::messageId).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("demo-16-acc_"));
		assertThat(DemoActivity.of(DemoGenerator.generate(43, 5, TODAY))).extracting(Call::messageId)
			.noneMatch(new HashSet<>(ids)::contains);
	}

	@Test
	void everyCallIsWithinItsAccountsLifeItsPersonsPresenceAndTheLastTwelveMonths() {
		Instant windowStart = DemoActivity.firstDay(TODAY).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant today = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
		CALLS.forEach((account, calls) -> {
			Trajectory t = account.trajectory();
			Instant end = t.activeUntil(TODAY).atStartOfDay().toInstant(ZoneOffset.UTC);
			Map<String, DemoPerson> people = WORLD.peopleByAccount().get(account.index()).stream()
				.collect(Collectors.toMap(DemoPerson::externalId, p -> p));
			for (Call call : calls) {
				assertThat(call.occurredAt()).isAfterOrEqualTo(t.signedUpAt()).isAfterOrEqualTo(windowStart).isBefore(end).isBefore(today)
					.isEqualTo(call.receivedAt());
				DemoPerson person = people.get(call.userId());
				assertThat(person).as("a person of %s", account.name()).isNotNull();
				assertThat(call.occurredAt()).isBetween(person.firstSeenAt(), person.lastSeenAt());
				assertThat(call.groupId()).isEqualTo(account.externalId());
				assertThat(call.context()).containsEntry("groupId", account.externalId());
			}
			assertThat(calls).filteredOn(c -> c.type() == CallType.GROUP).hasSizeLessThanOrEqualTo(1)
				.allMatch(c -> c.traits().keySet().containsAll(List.of("name", "industry", "employees", "plan", "website")));
			assertThat(calls).filteredOn(c -> c.type() == CallType.IDENTIFY).extracting(Call::userId).doesNotHaveDuplicates();
		});
	}

	@Test
	void decliningAccountsSignInFarLessInTheirLastSixtyDaysRisingOnesMore() {
		assertThat(lastSixtyAgainstBefore(Engagement.DECLINING)).isLessThan(0.5);
		assertThat(lastSixtyAgainstBefore(Engagement.STEADY)).isBetween(0.7, 1.3);
		assertThat(lastSixtyAgainstBefore(Engagement.RISING)).isGreaterThan(1.2);
	}

	@Test
	void decliningAccountsResetPasswordsMoreAndReadTheKnowledgeBaseLessPerSignIn() {
		Predicate<DemoAccount> declining = a -> a.trajectory().engagement() == Engagement.DECLINING;
		assertThat(lastNinetyDays("Password Reset Requested", "Signed In", declining))
			.isGreaterThan(3 * lastNinetyDays("Password Reset Requested", "Signed In", declining.negate()));
		assertThat(lastNinetyDays("Article Viewed", "Signed In", declining))
			.isLessThan(0.5 * lastNinetyDays("Article Viewed", "Signed In", declining.negate()));
	}

	@Test
	void ticketsAtDecliningAccountsAreFarMoreOftenNotFollowedBySuccessWithinAWeek() {
		double declining = unsuccessfulTicketShare(a -> a.trajectory().engagement() == Engagement.DECLINING);
		double healthy = unsuccessfulTicketShare(a -> a.trajectory().engagement() != Engagement.DECLINING && a.trajectory().onboarded());
		assertThat(declining).isGreaterThan(0.4);
		assertThat(healthy).isLessThan(0.2);
	}

	@Test
	void engagedAccountsOpenAndClickTheNewsletterMore() {
		Predicate<DemoAccount> rising = a -> a.trajectory().engagement() == Engagement.RISING && a.trajectory().onboarded();
		Predicate<DemoAccount> declining = a -> a.trajectory().engagement() == Engagement.DECLINING;
		assertThat(lastNinetyDays("Email Opened", "Email Delivered", rising))
			.isGreaterThan(2 * lastNinetyDays("Email Opened", "Email Delivered", declining));
		assertThat(lastNinetyDays("Email Link Clicked", "Email Opened", rising))
			.isGreaterThan(lastNinetyDays("Email Link Clicked", "Email Opened", declining));
	}

	@Test
	void accountsWithoutOnboardingStayShallowAndRisingOnesWiden() {
		CALLS.forEach((account, calls) -> {
			if (!account.trajectory().onboarded()) {
				assertThat(calls.stream().map(c -> c.properties().get("feature")).filter(f -> f != null).distinct()).hasSizeLessThanOrEqualTo(3);
			}
		});
		assertThat(CALLS.entrySet()).filteredOn(e -> e.getKey().trajectory().engagement() == Engagement.RISING && e.getKey().trajectory().onboarded())
			.anyMatch(e -> e.getValue().stream().map(c -> c.properties().get("feature")).filter(f -> f != null).distinct().count() >= 7);
	}

	@Test
	void mostSignInsAreOnWeekdaysAndAFewAccountsAreSilentNeitherUsingNorAsking() {
		List<Call> signIns = CALLS.values().stream().flatMap(List::stream).filter(c -> "Signed In".equals(c.event())).toList();
		long weekend = signIns.stream().map(c -> LocalDate.ofInstant(c.occurredAt(), ZoneOffset.UTC).getDayOfWeek())
			.filter(d -> d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY).count();
		assertThat((double) weekend / signIns.size()).isLessThan(0.12);
		long silent = CALLS.entrySet().stream().filter(e -> activeDays(e.getKey()) >= 90)
			.filter(e -> e.getValue().stream().noneMatch(c -> "Ticket Created".equals(c.event()) || "Article Viewed".equals(c.event())))
			.filter(e -> count(e.getValue(), "Signed In") < 0.012 * activeDays(e.getKey()) * WORLD.peopleByAccount().get(e.getKey().index()).size())
			.count();
		assertThat(silent).isBetween(3L, 45L);
	}

	/** Sign-ins per day in the last 60 active days against the days before, over accounts with at least 180 days. */
	private static double lastSixtyAgainstBefore(Engagement engagement) {
		double last = 0;
		double before = 0;
		long beforeDays = 0;
		long lastDays = 0;
		for (var entry : CALLS.entrySet()) {
			Trajectory t = entry.getKey().trajectory();
			if (t.engagement() != engagement || activeDays(entry.getKey()) < 180 || !t.onboarded()) {
				continue;
			}
			Instant cut = t.activeUntil(TODAY).minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
			for (Call call : entry.getValue()) {
				if ("Signed In".equals(call.event())) {
					if (call.occurredAt().isBefore(cut)) {
						before++;
					}
					else {
						last++;
					}
				}
			}
			beforeDays += activeDays(entry.getKey()) - 60;
			lastDays += 60;
		}
		return (last / lastDays) / (before / beforeDays);
	}

	private static long activeDays(DemoAccount account) {
		LocalDate from = account.trajectory().signedUpOn().isAfter(DemoActivity.firstDay(TODAY)) ? account.trajectory().signedUpOn()
				: DemoActivity.firstDay(TODAY);
		return Math.max(0, ChronoUnit.DAYS.between(from, account.trajectory().activeUntil(TODAY)));
	}

	/** A rate over each account's last 90 active days, where a signal would look. */
	private static double lastNinetyDays(String event, String per, Predicate<DemoAccount> which) {
		List<Call> calls = CALLS.entrySet().stream().filter(e -> which.test(e.getKey())).flatMap(e -> e.getValue().stream()
			.filter(c -> !c.occurredAt().isBefore(e.getKey().trajectory().activeUntil(TODAY).minusDays(90).atStartOfDay()
				.toInstant(ZoneOffset.UTC))))
			.toList();
		return (double) count(calls, event) / count(calls, per);
	}

	private static long count(List<Call> calls, String event) {
		return calls.stream().filter(c -> event.equals(c.event())).count();
	}

	/** The share of tickets after which the same person used no feature and made no micro-conversion for a week. */
	private static double unsuccessfulTicketShare(Predicate<DemoAccount> which) {
		long tickets = 0;
		long unsuccessful = 0;
		for (var entry : CALLS.entrySet()) {
			if (!which.test(entry.getKey())) {
				continue;
			}
			List<Call> calls = entry.getValue();
			for (Call ticket : calls) {
				if (!"Ticket Created".equals(ticket.event())) {
					continue;
				}
				Instant weekLater = ticket.occurredAt().plus(7, ChronoUnit.DAYS);
				tickets++;
				if (calls.stream().noneMatch(c -> c.event() != null && SUCCESS.contains(c.event()) && ticket.userId().equals(c.userId())
						&& c.occurredAt().isAfter(ticket.occurredAt()) && !c.occurredAt().isAfter(weekLater))) {
					unsuccessful++;
				}
			}
		}
		assertThat(tickets).isGreaterThan(30);
		return (double) unsuccessful / tickets;
	}
}
