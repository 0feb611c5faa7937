package io.tenure.demo.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.tenure.ingest.Call;
import io.tenure.usage.CallType;

/**
 * The Segment client of one account, as the simulated SaaS would send: every call names the
 * account in context.groupId and has a message id made of the seed, account, person, day and a
 * running number, so a reload repeats exactly the same ids. Calls outside a person's presence are
 * not sent.
 */
final class Tracker {

	private final String prefix;
	private final String groupId;
	private final Map<String, Object> context;
	private final List<Call> calls = new ArrayList<>();
	private int sequence;

	Tracker(long seed, DemoAccount account) {
		this.prefix = "demo-" + Long.toUnsignedString(seed, 36) + "-" + account.externalId() + "-";
		this.groupId = account.externalId();
		this.context = Map.of("groupId", groupId);
	}

	void identify(int person, DemoPerson who, Instant at) {
		Map<String, Object> traits = who.title() == null ? Map.of("email", who.email(), "name", who.name())
				: Map.of("email", who.email(), "name", who.name(), "title", who.title());
		add(CallType.IDENTIFY, person, who, null, Map.of(), traits, at);
	}

	void group(int person, DemoPerson who, Map<String, Object> traits, Instant at) {
		add(CallType.GROUP, person, who, null, Map.of(), traits, at);
	}

	void track(int person, DemoPerson who, Presence presence, String event, Map<String, Object> properties, Instant at) {
		if (presence.contains(at)) {
			add(CallType.TRACK, person, who, event, properties, Map.of(), at);
		}
	}

	void page(int person, DemoPerson who, Presence presence, String name, Instant at) {
		if (presence.contains(at)) {
			add(CallType.PAGE, person, who, null, Map.of("name", name, "path", "/" + name.toLowerCase(java.util.Locale.ROOT)), Map.of(), at);
		}
	}

	/** The calls in time order (identify and group first at equal times, as they were sent first). */
	List<Call> calls() {
		calls.sort(Comparator.comparing(Call::occurredAt));
		return calls;
	}

	private void add(CallType type, int person, DemoPerson who, String event, Map<String, Object> properties,
			Map<String, Object> traits, Instant at) {
		long day = LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay();
		String messageId = prefix + person + "-" + day + "-" + sequence++;
		calls.add(new Call(type, messageId, who.externalId(), null, event, groupId, null, properties, traits, context, at, at));
	}
}
