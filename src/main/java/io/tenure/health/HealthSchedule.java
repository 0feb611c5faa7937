package io.tenure.health;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When scores are recomputed without anyone asking: at start (the days missed while Tenure was down,
 * or the demo's whole year) and every night after midnight UTC (yesterday final, and today).
 */
@Component
class HealthSchedule {

	private final HealthRuns runs;
	private final boolean onStart;

	HealthSchedule(HealthRuns runs, @Value("${tenure.health.catch-up-on-start:true}") boolean onStart) {
		this.runs = runs;
		this.onStart = onStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		if (onStart) {
			runs.startIfIdle(HealthRun.Kind.HISTORY);
		}
	}

	@Scheduled(cron = "${tenure.health.nightly:0 10 0 * * *}", zone = "UTC")
	void nightly() {
		runs.startIfIdle(HealthRun.Kind.HISTORY);
	}
}
