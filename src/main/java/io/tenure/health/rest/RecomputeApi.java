package io.tenure.health.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.health.HealthRun;
import io.tenure.health.HealthRuns;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health")
class RecomputeApi {

	private final HealthRuns runs;

	RecomputeApi(HealthRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/api/v1/health/recompute")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start a recompute in the background (admins)", description = "kind TODAY scores every account as of "
			+ "today; HISTORY fills the days of the last year without scores (and yesterday); REBUILD recomputes all of them. "
			+ "409 while another runs. Follow it with GET.")
	HealthRun start(@RequestParam(defaultValue = "TODAY") HealthRun.Kind kind, @AuthenticationPrincipal StaffPrincipal who) {
		if (!who.can(Role.ADMIN)) {
			throw new AccessDeniedException("only admins start a recompute");
		}
		return runs.start(kind);
	}

	@GetMapping("/api/v1/health/recompute")
	@Operation(summary = "The recompute going on, or the last one since Tenure started")
	HealthRun latest() {
		return runs.latest().orElseThrow(() -> new NotFoundException("recompute", "since start"));
	}
}
