package io.tenure.health;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Tier;
import io.tenure.signals.Indicator;
import io.tenure.signals.Signal;

/**
 * The fields segments can test. Accounts: profile fields, health score and band, the indicators that fire
 * and every signal (the latest computed). People: their role, their account's tier, stage, band and industry, and
 * the signals computed for each person.
 */
public final class SegmentFields {

	private static final List<SegmentField> ACCOUNTS = fields(List.of(
			choice("tier", Tier.values()), choice("lifecycle_stage", LifecycleStage.values()),
			new SegmentField("owner", SegmentField.Type.STAFF, List.of(), false),
			new SegmentField("industry", SegmentField.Type.TEXT, List.of(), false),
			new SegmentField("country", SegmentField.Type.TEXT, List.of(), false),
			new SegmentField("plan", SegmentField.Type.TEXT, List.of(), false),
			new SegmentField("score", SegmentField.Type.NUMBER, List.of(), false),
			choice("band", Band.values()),
			new SegmentField("indicator", SegmentField.Type.INDICATOR,
					Arrays.stream(Indicator.values()).map(Indicator::key).toList(), false)),
			signal -> true);

	private static final List<SegmentField> PEOPLE = fields(List.of(
			choice("role", PersonRole.values()), choice("account_tier", Tier.values()),
			choice("account_stage", LifecycleStage.values()), choice("account_band", Band.values()),
			new SegmentField("account_industry", SegmentField.Type.TEXT, List.of(), false)),
			Signal::perPerson);

	private SegmentFields() {
	}

	public static List<SegmentField> of(SegmentSubject subject) {
		return subject == SegmentSubject.PEOPLE ? PEOPLE : ACCOUNTS;
	}

	/** The field of that key (any case), if the subject has it. */
	public static Optional<SegmentField> find(SegmentSubject subject, String key) {
		String wanted = key == null ? "" : key.trim().toLowerCase();
		return of(subject).stream().filter(f -> f.key().equals(wanted)).findFirst();
	}

	/** Whether the field is the lifecycle stage (whose use brings churned accounts into a segment). */
	static boolean isStage(String key) {
		return key.equals("lifecycle_stage") || key.equals("account_stage");
	}

	private static List<SegmentField> fields(List<SegmentField> own, Predicate<Signal> signals) {
		List<SegmentField> all = new ArrayList<>(own);
		Arrays.stream(Signal.values()).filter(signals)
			.forEach(s -> all.add(new SegmentField(s.key(), SegmentField.Type.NUMBER, List.of(), true)));
		return List.copyOf(all);
	}

	private static SegmentField choice(String key, Enum<?>[] values) {
		return new SegmentField(key, SegmentField.Type.CHOICE, Arrays.stream(values).map(Enum::name).toList(), false);
	}
}
