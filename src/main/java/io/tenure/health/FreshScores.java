package io.tenure.health;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
	 * Hands over, in batches, the ids waiting when the turn starts; what arrives meanwhile waits for the
	 * next turn. A bulk import is caught up in one turn, and a base that is busy all the time is rescored
	 * once a turn rather than over and over. On failure the rest waits for the next turn.
	 */
	private static void drain(Set<Long> waiting, String what, Consumer<Set<Long>> work) {
		Set<Long> taken = new HashSet<>(waiting);
		waiting.removeAll(taken);
		List<Long> turn = new ArrayList<>(taken);
		for (int from = 0; from < turn.size(); from += BATCH) {
			Set<Long> batch = new HashSet<>(turn.subList(from, Math.min(turn.size(), from + BATCH)));
			try {
				work.accept(batch);
			}
			catch (RuntimeException e) {
				waiting.addAll(turn.subList(from, turn.size()));
				log.warn("Could not refresh {} {} after new activity; will retry: {}", turn.size() - from, what, e.toString());
				return;
			}
		}
	}
}
