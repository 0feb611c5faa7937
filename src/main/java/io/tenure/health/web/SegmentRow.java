package io.tenure.health.web;

import java.util.ArrayList;
import java.util.List;

import io.tenure.health.SegmentField;
import io.tenure.health.SegmentFields;
import io.tenure.health.SegmentOperator;
import io.tenure.health.SegmentSubject;
import io.tenure.identity.StaffMember;

/**
 * One condition row of the builder as the page shows it: the fields to choose from, the operators that
 * suit the chosen field, the kind of value input (a list of options where the values are known) and the
 * problems found in it.
 */
record SegmentRow(int index, String field, String operator, String value, List<Option> fields, List<SegmentOperator> operators,
		String input, List<Option> options, List<String> problems) {

	/** A choice in a select: a message key for its label, or the label itself. */
	record Option(String value, String labelKey, String label, boolean signal) {
	}

	static SegmentRow of(int index, SegmentSubject subject, SegmentForm.Row row, List<StaffMember> staff, List<String> problems) {
		List<SegmentField> all = SegmentFields.of(subject);
		SegmentField field = SegmentFields.find(subject, row.field()).orElse(all.get(0));
		SegmentOperator operator = SegmentOperator.byToken(row.operator()).filter(field.operators()::contains)
			.orElse(field.operators().get(0));
		String input;
		List<Option> options = new ArrayList<>();
		if (!operator.takesValue()) {
			input = "none";
		}
		else if (operator.takesList()) {
			input = "list";
		}
		else if (field.type() == SegmentField.Type.STAFF) {
			input = "select";
			staff.forEach(s -> options.add(new Option(String.valueOf(s.id()), null, s.displayName(), false)));
		}
		else if (!field.choices().isEmpty()) {
			input = "select";
			field.choices().forEach(c -> options.add(new Option(c, choiceLabel(field, c), null, false)));
		}
		else {
			input = field.type() == SegmentField.Type.NUMBER ? "number" : "text";
		}
		List<Option> fields = all.stream().map(f -> new Option(f.key(), f.label(), null, f.signal())).toList();
		return new SegmentRow(index, field.key(), operator.token(), row.value() == null ? "" : row.value(), fields, field.operators(),
				input, options, problems);
	}

	public List<Option> ownFields() {
		return fields.stream().filter(f -> !f.signal()).toList();
	}

	public List<Option> signalFields() {
		return fields.stream().filter(Option::signal).toList();
	}

	static String choiceLabel(SegmentField field, String choice) {
		return switch (field.key()) {
			case "tier", "account_tier" -> "tier." + choice;
			case "lifecycle_stage", "account_stage" -> "stage." + choice;
			case "band", "account_band" -> "band." + choice;
			case "role" -> "personRole." + choice;
			case "indicator" -> "indicator." + choice.toUpperCase() + ".name";
			default -> null;
		};
	}
}
