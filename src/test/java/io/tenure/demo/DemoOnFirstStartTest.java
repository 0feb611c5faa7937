package io.tenure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.demo.world.DemoAccount;
import io.tenure.demo.world.DemoGenerator;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.WorkspaceCreated;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@TenureTest
class DemoOnFirstStartTest {

	@Autowired
	DemoWorkspace workspace;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffUsers staff;

	@Autowired
	Clock clock;

	@Test
	void theApplicationStartedWithoutTheDemoBecauseTestsSwitchItOff(@Value("${tenure.demo.seed}") long seed,
			@Value("${tenure.demo.accounts}") int size) {
		assertThat(DemoGenerator.generate(seed, size, LocalDate.now(clock)).accounts())
			.allMatch(account -> accounts.findByExternalId(account.externalId()).isEmpty());
	}

	@Test
	void switchedOffItLoadsNothing() {
		new DemoOnFirstStart(workspace, false, 77_001, 5, true).workspaceCreated(new WorkspaceCreated(adminId()));

		assertThat(DemoGenerator.generate(77_001, 5, LocalDate.now(clock)).accounts())
			.allMatch(account -> accounts.findByExternalId(account.externalId()).isEmpty());
	}

	@Test
	void switchedOnItLoadsTheWorldOfItsSeed() {
		new DemoOnFirstStart(workspace, true, 77_002, 5, true).workspaceCreated(new WorkspaceCreated(adminId()));

		assertThat(DemoGenerator.generate(77_002, 5, LocalDate.now(clock)).accounts()).extracting(DemoAccount::externalId)
			.allMatch(externalId -> accounts.findByExternalId(externalId).isPresent());
	}

	private long adminId() {
		return staff.active().stream().filter(member -> member.role() == Role.ADMIN).findFirst().orElseThrow().id();
	}
}
