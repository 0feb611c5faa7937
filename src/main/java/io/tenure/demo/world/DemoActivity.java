package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tenure.ingest.Call;

/**
 * The last 12 months of a demo world's product data, as Segment calls: who each person is, what each
 * account is, and what they did (seed S7's families: logins, features, micro-conversions, support,
 * mail, content, password resets, trials), shaped by each account's latent trajectory so that
 * signals and the churn model have something real to find. Pure and deterministic: the same world
 * gives the same calls with the same message ids, account by account.
 */
public final class DemoActivity {

	public static final int MONTHS = 12;

	private DemoActivity() {
	}

	public static LocalDate firstDay(LocalDate today) {
		return today.minusMonths(MONTHS);
	}

	/** Every account's calls, one account after the other (small worlds and tests). */
	public static List<Call> of(DemoWorld world) {
		List<Call> calls = new ArrayList<>();
		world.peopleByAccount().forEach((index, people) -> calls.addAll(of(world, world.accounts().get(index), people)));
		return calls;
	}

	/** The calls of one account and its people (in the world's order), oldest first. */
	public static List<Call> of(DemoWorld world, DemoAccount account, List<DemoPerson> people) {
		LocalDate windowStart = firstDay(world.today());
		var chance = new Chance(mix(mix(world.seed()) + account.index()));
		var momentum = Momentum.draw(account.trajectory(), windowStart, world.today(), chance);
		var tracker = new Tracker(world.seed(), account);
		var routine = new Routine(tracker, momentum, new Features(account.trajectory(), chance), WorkingHours.of(account.country()),
				chance);
		var newsletter = new Newsletter(tracker, momentum, chance);
		List<LocalDate> issues = Newsletter.issues(windowStart, world.today());
		Instant from = windowStart.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant end = momentum.end().atStartOfDay().toInstant(ZoneOffset.UTC);
		boolean grouped = false;
		for (int i = 0; i < people.size(); i++) {
			DemoPerson person = people.get(i);
			Habit habit = Habit.draw(person.role(), momentum, chance);
			Presence presence = Presence.of(person, from, end);
			if (presence.empty()) {
				continue;
			}
			tracker.identify(i, person, presence.from());
			if (!grouped) {
				tracker.group(i, person, traits(account), presence.from());
				new Signup(tracker, account.trajectory()).track(i, person, presence);
				grouped = true;
			}
			routine.live(i, person, presence, habit);
			newsletter.send(i, person, presence, habit, issues);
		}
		return tracker.calls();
	}

	/**
	 * SplitMix64's finaliser: java.util.Random draws nearly the same first numbers from nearby seeds,
	 * so each account's seed is scrambled from the world's seed and its index.
	 */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static Map<String, Object> traits(DemoAccount account) {
		return Map.of("name", account.name(), "industry", account.industry(), "employees", account.employees(), "plan",
				account.current().plan(), "website", "https://" + account.domain());
	}
}
