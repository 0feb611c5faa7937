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
	private final Clock clock;

	DemoWorkspace(StaffUsers staff, StaffHiring hiring, AccountHistories histories, PeopleImport peopleImport, Clock clock) {
		this.staff = staff;
		this.hiring = hiring;
		this.histories = histories;
		this.peopleImport = peopleImport;
		this.clock = clock;
	}

	/** Loads a world in the name of the first active admin (benchmarks, tests). */
	@Transactional
	public DemoSummary load(long seed, int accounts) {
		long adminId = staff.active().stream().filter(member -> member.role() == Role.ADMIN)
			.min(Comparator.comparingLong(StaffMember::id))
			.orElseThrow(() -> new IllegalStateException("The demo needs an active admin to record its changes"))
			.id();
		return load(seed, accounts, adminId);
	}

	@Transactional
	public DemoSummary load(long seed, int accounts, long adminId) {
		long started = System.nanoTime();
		DemoWorld world = DemoGenerator.generate(seed, accounts, LocalDate.now(clock));
		List<Long> staffIds = hiring.hire(world.staff(), seed);
		List<Long> accountIds = histories.write(world.accounts(), staffIds, adminId);
		int people = peopleImport.add(world.people(), accountIds);
		var summary = new DemoSummary(seed, accountIds.size(), world.churnedAccounts(), people, staffIds.size(),
				Duration.ofNanos(System.nanoTime() - started));
		log.info("Loaded the demo workspace: {}", summary);
		return summary;
	}
}
