package io.tenure.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.tenure.demo.world.DemoGenerator;
import io.tenure.demo.world.DemoWorld;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a workspace with a demo world drawn from a seed, as of today by the application's clock: its
 * staff, accounts with their history and teams, and the people at them. All or nothing.
 */
@Service
public class DemoWorkspace {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

	private final StaffUsers staff;
	private final StaffHiring hiring;
	private final AccountHistories histories;
	private final PeopleImport peopleImport;
	private final ProductEvents productEvents;
	private final Clock clock;

	DemoWorkspace(StaffUsers staff, StaffHiring hiring, AccountHistories histories, PeopleImport peopleImport,
			ProductEvents productEvents, Clock clock) {
		this.staff = staff;
		this.hiring = hiring;
		this.histories = histories;
		this.peopleImport = peopleImport;
		this.productEvents = productEvents;
		this.clock = clock;
	}

	/** Loads a world without its product events in the name of the first active admin (benchmarks, tests). */
	@Transactional
	public DemoSummary load(long seed, int accounts) {
		return load(seed, accounts, false);
	}

	/** Loads a world, with its last 12 months of product events or not, in the name of the first active admin. */
	@Transactional
	public DemoSummary load(long seed, int accounts, boolean withEvents) {
		long adminId = staff.active().stream().filter(member -> member.role() == Role.ADMIN)
			.min(Comparator.comparingLong(StaffMember::id))
			.orElseThrow(() -> new IllegalStateException("The demo needs an active admin to record its changes"))
			.id();
		return load(seed, accounts, adminId, withEvents);
	}

	/**
	 * Loads a world in one transaction; its events (about 800 per account) go through the ingestion
	 * service after the accounts and people exist, so they link to them.
	 */
	@Transactional
	public DemoSummary load(long seed, int accounts, long adminId, boolean withEvents) {
		long started = System.nanoTime();
		DemoWorld world = DemoGenerator.generate(seed, accounts, LocalDate.now(clock));
		List<Long> staffIds = hiring.hire(world.staff(), seed);
		List<Long> accountIds = histories.write(world.accounts(), staffIds, adminId);
		int people = peopleImport.add(world.people(), accountIds);
		long eventsStarted = System.nanoTime();
		long events = withEvents ? productEvents.write(world) : 0;
		long now = System.nanoTime();
		var summary = new DemoSummary(seed, accountIds.size(), world.churnedAccounts(), people, staffIds.size(), events,
				Duration.ofNanos(now - started), Duration.ofNanos(now - eventsStarted));
		log.info("Loaded the demo workspace: {}", summary);
		return summary;
	}
}
