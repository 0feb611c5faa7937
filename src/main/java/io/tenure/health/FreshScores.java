package io.tenure.health;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.tenure.usage.ActivityRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps today's scores following new events: the accounts and people that got activity are noted once
 * the events are committed. The accounts are rescored together every two seconds, so that an event
 * shows in its account's score within the five seconds promised and a busy base is rescored in a few
 * large batches rather than many small ones; the people's signals (read by segments over people) are
 * refreshed every 30 seconds, as they cost the most and are not part of that promise.
 */
@Component
class FreshScores {

	private static final Logger log = LoggerFactory.getLogger(FreshScores.class);

	private static final int BATCH = 5_000;

	private final HealthScoring scoring;
	private final Set<Long> accounts = ConcurrentHashMap.newKeySet();
	private final Set<Long> people = ConcurrentHashMap.newKeySet();

	FreshScores(HealthScoring scoring) {
		this.scoring = scoring;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void activity(ActivityRecorded recorded) {
		accounts.addAll(recorded.accountIds());
		people.addAll(recorded.personIds());
	}

	@Scheduled(fixedDelayString = "${tenure.health.follow-delay-ms:2000}")
	void rescore() {
		drain(accounts, "accounts", batch -> scoring.scoreAccounts(scoring.today(), batch));
	}

	@Scheduled(fixedDelayString = "${tenure.health.people-follow-delay-ms:30000}")
	void refreshPeople() {
		drain(people, "people", batch -> scoring.refreshPeopleById(scoring.today(), batch));
	}

	/**
	 * Hands the waiting ids over in batches until none wait (what arrives meanwhile too), so that a busy
	 * base or a bulk import does not fall behind; on failure the batch waits for the next turn.
	 */
	private static void drain(Set<Long> waiting, String what, Consumer<Set<Long>> work) {
		while (!waiting.isEmpty()) {
			Set<Long> batch = new HashSet<>();
			for (Long id : waiting) {
				batch.add(id);
				if (batch.size() == BATCH) {
					break;
				}
			}
			waiting.removeAll(batch);
			try {
				work.accept(batch);
			}
			catch (RuntimeException e) {
				waiting.addAll(batch);
				log.warn("Could not refresh {} {} after new activity; will retry: {}", batch.size(), what, e.toString());
				return;
			}
		}
	}
}
