package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** Each rule of a valid segment names the field to fix and what would be right; a valid one comes back in its stored spelling. */
class SegmentRulesTest {

	static final ObjectMapper JSON = new ObjectMapper();
	static final SegmentRules.Context SAVING = new SegmentRules.Context(true, name -> name.equalsIgnoreCase("Taken"), id -> id == 7);

	@Test
	void aValidDefinitionComesBackInItsStoredSpelling() {
		SegmentDefinition checked = SegmentRules.check(accounts("  Key falling  ",
				c(" Tier ", "IS", "key"), c("login_trend", "<=", "-30"), c("tier", "in", "key, large"),
				c("indicator", "not firing", "SILENT_ACCOUNT"), c("owner", "is", 7), c("score", "has no value", null),
				c("industry", "is_not", " Fintech ")), SAVING);

		assertThat(checked.name()).isEqualTo("Key falling");
		assertThat(checked.match()).isEqualTo(SegmentDefinition.Match.ALL);
		assertThat(checked.conditions()).extracting(SegmentCondition::field)
			.containsExactly("tier", "login_trend", "tier", "indicator", "owner", "score", "industry");
		assertThat(checked.conditions()).extracting(SegmentCondition::operator)
			.containsExactly("is", "<=", "in", "not_firing", "is", "empty", "is_not");
		assertThat(checked.conditions()).extracting(c -> c.givenValue() == null ? null : c.givenValue().toString())
			.containsExactly("\"KEY\"", "-30", "[\"KEY\",\"LARGE\"]", "\"silent_account\"", "7", null, "\"Fintech\"");
	}

	@Test
	void anUnknownFieldIsNamedWithTheFieldsThatExist() {
		List<FieldProblem> problems = SegmentRules.problems(accounts("A", c("tier", "is", "KEY"), c("logins_per_hour", ">", 1)), SAVING);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("conditions[1].field");
		assertThat(problems.get(0).message()).contains("logins_per_hour").contains("tier").contains("login_trend").contains("indicator");
	}

	@Test
	void peopleHaveTheirOwnFieldsAndOnlyThePersonSignals() {
		List<FieldProblem> problems = SegmentRules.problems(new SegmentDefinition("P", SegmentSubject.PEOPLE, null,
				List.of(c("tier", "is", "KEY"), c("seat_use", ">", 0.5), c("account_tier", "is", "KEY"), c("tickets_without_success", ">=", 1))),
				SAVING);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("conditions[0].field", "conditions[1].field");
		assertThat(problems.get(0).message()).contains("account_tier").contains("role").doesNotContain("seat_use");
	}

	@Test
	void anOperatorThatDoesNotSuitTheFieldIsNamedWithTheOnesThatDo() {
		List<FieldProblem> problems = SegmentRules.problems(accounts("A", c("tier", "<", "KEY"), c("login_trend", "is", 3),
				c("indicator", "=", "silent_account"), c("score", null, 3)), SAVING);

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("conditions[0].operator", "conditions[1].operator", "conditions[2].operator", "conditions[3].operator");
		assertThat(problems.get(0).message()).contains("is, is_not, in");
		assertThat(problems.get(1).message()).contains("<=");
		assertThat(problems.get(2).message()).contains("firing, not_firing");
		assertThat(problems.get(3).message()).startsWith("choose an operator");
	}

	@Test
	void aValueOfTheWrongKindIsNamedWithWhatTheFieldTakes() {
		List<FieldProblem> problems = SegmentRules.problems(accounts("A", c("login_trend", "<=", "a lot"), c("tier", "is", "GOLD"),
				c("indicator", "firing", "on_fire"), c("tier", "in", List.of("KEY", "TINY")), c("owner", "is", 99),
				c("score", ">", null), c("band", "is", 3), c("plan", "is", List.of("a")), c("tier", "in", JSON.createObjectNode())),
				SAVING);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("conditions[0].value", "conditions[1].value",
				"conditions[2].value", "conditions[3].value[1]", "conditions[4].value", "conditions[5].value", "conditions[6].value",
				"conditions[7].value", "conditions[8].value");
		assertThat(problems.get(0).message()).contains("not a number");
		assertThat(problems.get(1).message()).contains("STANDARD, LARGE, KEY");
		assertThat(problems.get(2).message()).contains("silent_account");
		assertThat(problems.get(4).message()).contains("no member of staff has id 99");
	}

	@Test
	void aSavedSegmentNeedsAFreeNameASubjectAndAConditionAndAllProblemsComeTogether() {
		assertThat(fields(new SegmentDefinition(" ", null, null, List.of()))).containsExactly("name", "subject", "conditions");
		assertThat(fields(accounts("taken", c("tier", "is", "KEY")))).containsExactly("name");
		assertThat(fields(accounts("x".repeat(121), c("tier", "is", "KEY")))).containsExactly("name");
		assertThat(fields(new SegmentDefinition("A", SegmentSubject.ACCOUNTS, null, Arrays.asList(c("tier", "is", "KEY"), null))))
			.containsExactly("conditions[1]");
		assertThatThrownBy(() -> SegmentRules.check(accounts("", c("nope", "is", 1)), SAVING))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("name", "conditions[0].field"));
	}

	@Test
	void aPreviewNeedsNoNameAndMayHaveNoConditions() {
		var preview = SegmentRules.Context.preview(id -> true);
		assertThat(SegmentRules.problems(new SegmentDefinition(null, SegmentSubject.PEOPLE, null, null), preview)).isEmpty();
	}

	@Test
	void numbersCompareAsTheOperatorSays() {
		assertThat(SegmentOperator.LE.holds(-30.0, -30)).isTrue();
		assertThat(SegmentOperator.LT.holds(-30.0, -30)).isFalse();
		assertThat(SegmentOperator.NE.holds(null, 1)).as("no value is not compared").isFalse();
		assertThat(SegmentOperator.EMPTY.holds(null, 0)).isTrue();
		assertThat(SegmentOperator.NOT_EMPTY.holds(0.0, 0)).isTrue();
		assertThat(SegmentOperator.byToken("Not Firing")).contains(SegmentOperator.NOT_FIRING);
		assertThat(SegmentOperator.byToken("<>")).contains(SegmentOperator.NE);
	}

	private static List<String> fields(SegmentDefinition definition) {
		return SegmentRules.problems(definition, SAVING).stream().map(FieldProblem::field).toList();
	}

	static SegmentDefinition accounts(String name, SegmentCondition... conditions) {
		return new SegmentDefinition(name, SegmentSubject.ACCOUNTS, null, new ArrayList<>(Arrays.asList(conditions)));
	}

	static SegmentCondition c(String field, String operator, Object value) {
		JsonNode node = value == null ? null : value instanceof JsonNode n ? n : JSON.valueToTree(value);
		return new SegmentCondition(field, operator, node);
	}

}
