package io.tenure.health;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

/**
 * The rules of a valid segment: a name no other segment has, a subject, and conditions on known fields
 * with suitable operators and values. All problems are reported together; a valid definition comes back
 * in its stored spelling (canonical field keys, operator tokens, choices in capitals, numbers as numbers).
 */
public final class SegmentRules {

	/** What the rules need to know beyond the definition. */
	public record Context(boolean saving, Predicate<String> nameTaken, LongPredicate staffExists) {

		/** For a preview: no name needed. */
		public static Context preview(LongPredicate staffExists) {
			return new Context(false, name -> false, staffExists);
		}
	}

	private static final List<SegmentRule> RULES = List.of(new SegmentNameRule(), new SegmentShapeRule(), new SegmentConditionRule());

	private SegmentRules() {
	}

	/** Everything wrong with the definition; empty when it is valid. */
	public static List<FieldProblem> problems(SegmentDefinition definition, Context context) {
		Problems problems = new Problems();
		RULES.forEach(rule -> rule.check(definition, context, problems));
		return problems.list();
	}

	/** The definition in its stored spelling when valid. */
	public static SegmentDefinition check(SegmentDefinition definition, Context context) {
		List<FieldProblem> problems = problems(definition, context);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<SegmentCondition> conditions = new ArrayList<>();
		for (int i = 0; i < definition.conditions().size(); i++) {
			SegmentCondition c = definition.conditions().get(i);
			SegmentField field = SegmentFields.find(definition.subject(), c.field()).orElseThrow();
			SegmentOperator operator = SegmentOperator.byToken(c.operator()).orElseThrow();
			SegmentValue value = SegmentValue.read("", field, operator, c.givenValue(), context.staffExists());
			conditions.add(new SegmentCondition(field.key(), operator.token(), value.value()));
		}
		return new SegmentDefinition(definition.name() == null ? null : definition.name().trim(), definition.subject(),
				definition.match(), conditions);
	}
}
