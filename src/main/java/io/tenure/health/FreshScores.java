package io.tenure.health;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.tenure.usage.ActivityRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps today's scores following new events: the accounts that got activity are noted once the events
 * are committed, and rescored together every two seconds: an event shows in its account's score within the
 * five seconds promised, and a busy base is rescored in a few large batches rather than many small ones.
 */
@Component
class FreshScores {

	private static final Logger log = LoggerFactory.getLogger(FreshScores.class);

	private final HealthScoring scoring;
	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	FreshScores(HealthScoring scoring) {
		this.scoring = scoring;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void activity(ActivityRecorded recorded) {
		waiting.addAll(recorded.accountIds());
	}

	@Scheduled(fixedDelayString = "${tenure.health.follow-delay-ms:2000}")
	void rescore() {
		if (waiting.isEmpty()) {
			return;
		}
		Set<Long> batch = new HashSet<>();
		for (Long id : waiting) {
			batch.add(id);
			if (batch.size() == 5_000) {
				break;
			}
		}
		waiting.removeAll(batch);
		try {
			scoring.scoreSome(scoring.today(), batch);
		}
		catch (RuntimeException e) {
			waiting.addAll(batch);
			log.warn("Could not rescore {} accounts after new activity; will retry: {}", batch.size(), e.toString());
		}
	}
}
