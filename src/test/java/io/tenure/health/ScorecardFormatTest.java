package io.tenure.health;

import java.util.List;
import java.util.Set;

import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScorecardFormatTest {

	private static final String VALID = """
			{
			  "name": "Key accounts",
			  "appliesTo": {"tiers": ["KEY"], "stages": []},
			  "bands": [
			    {"band": "RED", "from": 0, "to": 40},
			    {"band": "YELLOW", "from": 40, "to": 70},
			    {"band": "GREEN", "from": 70, "to": 100}
			  ],
			  "groups": [
			    {"name": "Engagement", "weight": 100, "measures": [
			      {"signal": "login_trend", "weight": 60,
			       "scoring": {"type": "thresholds", "steps": [{"below": -50, "points": 0}, {"below": -20, "points": 50}, {"points": 100}]}},
			      {"signal": "days_since_last_login", "weight": 40,
			       "scoring": {"type": "linear", "from": {"value": 3, "points": 100}, "to": {"value": 30, "points": 0}}}
			    ]}
			  ]
			}
			""";

	@Test
	void readsTheShapeAnAdminWrites() {
		Scorecard card = ScorecardFormat.readJson(VALID);

		assertThat(card.appliesTo()).isEqualTo(new Applicability(Set.of("KEY"), Set.of()));
		assertThat(card.groups().get(0).measures()).containsExactly(Cards.steps("login_trend", 60, -50, 0, -20, 50, 100),
				Cards.linear("days_since_last_login", 40, 3, 100, 30, 0));
	}

	@Test
	void jsonRoundTripsToAnEqualScorecard() {
		Scorecard card = ScorecardFormat.readJson(VALID);

		assertThat(ScorecardFormat.readJson(ScorecardFormat.writeJson(card))).isEqualTo(card);
		assertThat(ScorecardFormat.readJson(ScorecardFormat.writeJson(Cards.fixture()))).isEqualTo(Cards.fixture());
		assertThat(ScorecardFormat.readJson(ScorecardFormat.writeJson(DefaultScorecard.definition()))).isEqualTo(DefaultScorecard.definition());
	}

	@Test
	void yamlRoundTripsToAnEqualScorecard() {
		Scorecard card = ScorecardFormat.readJson(VALID);

		assertThat(ScorecardFormat.readYaml(ScorecardFormat.writeYaml(card))).isEqualTo(card);
		assertThat(ScorecardFormat.readYaml(ScorecardFormat.writeYaml(DefaultScorecard.definition()))).isEqualTo(DefaultScorecard.definition());
		assertThat(ScorecardFormat.readYaml(ScorecardFormat.writeJson(card))).as("JSON is YAML too").isEqualTo(card);
	}

	@Test
	void writesTheScoringTypeAndLeavesOutTheFinalBound() throws Exception {
		JsonNode json = new ObjectMapper().readTree(ScorecardFormat.writeJson(ScorecardFormat.readJson(VALID)));

		JsonNode thresholds = json.at("/groups/0/measures/0/scoring");
		assertThat(thresholds.get("type").asText()).isEqualTo("thresholds");
		assertThat(thresholds.at("/steps/2").has("below")).isFalse();
		assertThat(thresholds.at("/steps/2/points").asDouble()).isEqualTo(100);
		assertThat(json.at("/groups/0/measures/1/scoring/type").asText()).isEqualTo("linear");
		assertThat(json.at("/groups/0/measures/1/scoring/from/value").asDouble()).isEqualTo(3);
		assertThat(ScorecardFormat.writeYaml(Cards.fixture())).contains("type: thresholds", "- band: RED");
	}

	@Test
	void aMisspelledPropertyIsRefusedNotDropped() {
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 60", "\"wieght\": 60"), "groups[0].measures[0].wieght")
				.startsWith("unknown property \"wieght\" (in the object ending on line 12)").contains("known here: scoring, signal, weight");
	}

	@Test
	void aMisspellingIsNamedEvenWhenItLeavesARequiredNumberMissing() {
		// "weight" is required: Jackson notices it is missing before it looks at "wieght"
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> ScorecardFormat.readJson(VALID.replace("\"weight\": 100", "\"wieght\": 100")));

		assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("groups[0].wieght", "groups[0].weight");
		assertThat(e.problems().get(1).message()).startsWith("is required");
	}

	@Test
	void aPropertyOfTheOtherScoringTypeIsRefused() {
		problem(ScorecardFormat::readJson, VALID.replace("\"steps\":", "\"from\": {\"value\": 1, \"points\": 0}, \"steps\":"),
				"groups[0].measures[0].scoring.from").startsWith("unknown property \"from\"").endsWith("known here: steps");
	}

	@Test
	void withoutAppliesToAScorecardIsForEveryone() {
		Scorecard card = ScorecardFormat.readYaml("""
				name: Everyone
				bands: [{band: RED, from: 0, to: 50}, {band: GREEN, from: 50, to: 100}]
				groups:
				  - name: Usage
				    weight: 100
				    measures:
				      - {signal: logins_30d, weight: 100, scoring: {type: linear, from: {value: 0, points: 0}, to: {value: 10, points: 100}}}
				""");

		assertThat(card.appliesTo()).isEqualTo(Applicability.ANY);
		assertThat(card.score(s -> 5.0).band()).isEqualTo(Band.GREEN);
	}

	@Test
	void aMissingNumberIsRequiredNotZero() {
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 100, ", ""), "groups[0].weight").startsWith("is required");
		problem(ScorecardFormat::readJson, VALID.replace("{\"points\": 100}", "{}"), "groups[0].measures[0].scoring.steps[2].points")
				.startsWith("is required");
	}

	@Test
	void aWrongTypeIsNamed() {
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 60", "\"weight\": \"sixty\""), "groups[0].measures[0].weight")
				.startsWith("must be a number");
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 60", "\"weight\": \"60\""), "groups[0].measures[0].weight")
				.startsWith("must be a number");
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 60", "\"weight\": null"), "groups[0].measures[0].weight")
				.startsWith("must be a number");
		problem(ScorecardFormat::readJson, VALID.replace("\"band\": \"GREEN\"", "\"band\": \"BLUE\""), "bands[2].band")
				.startsWith("must be one of RED, YELLOW, GREEN");
		problem(ScorecardFormat::readJson, VALID.replace("\"stages\": []", "\"stages\": \"MATURE\""), "appliesTo.stages")
				.startsWith("must be a list");
	}

	@Test
	void anUnknownScoringTypeIsNamed() {
		problem(ScorecardFormat::readJson, VALID.replace("\"type\": \"linear\"", "\"type\": \"exponential\""),
				"groups[0].measures[1].scoring.type").startsWith("unknown scoring type \"exponential\"").contains("\"linear\"");
		problem(ScorecardFormat::readJson, VALID.replace("\"type\": \"linear\", ", ""), "groups[0].measures[1].scoring.type")
				.startsWith("say how the value turns into points");
	}

	@Test
	void malformedYamlNamesTheLine() {
		String misindented = """
				name: Broken
				bands:
				  - band: RED
				    from: 0
				    to: 40
				  band: YELLOW
				""";
		String tab = "name: Broken\nbands:\n\t- band: RED\n";

		problem(ScorecardFormat::readYaml, misindented, "bands").startsWith("is not well-formed YAML (line 6, column 3)");
		problem(ScorecardFormat::readYaml, tab, "bands").startsWith("is not well-formed YAML (line 3, column 1)").contains("TAB");
	}

	@Test
	void malformedJsonNamesTheLine() {
		// line 11 ends without the comma after "weight": 60; the parser finds out at line 12
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 60,", "\"weight\": 60"), "groups[0].measures[0]")
				.startsWith("is not well-formed (line 12, column 8)").contains("was expecting comma");
	}

	@Test
	void aDuplicatedKeyIsRefused() {
		problem(ScorecardFormat::readYaml, "name: A\nname: B\n", "name").contains("line 2").contains("Duplicate field 'name'");
	}

	@Test
	void emptyTextIsRefused() {
		problem(ScorecardFormat::readYaml, "  \n", "scorecard").startsWith("the text is empty");
		problem(ScorecardFormat::readJson, "null", "scorecard").startsWith("the text is empty");
	}

	@Test
	void readingChecksTheRules() {
		problem(ScorecardFormat::readJson, VALID.replace("\"weight\": 40", "\"weight\": 30"), "groups[0].measures")
				.contains("add up to 90");
		problem(ScorecardFormat::readYaml, VALID.replace("login_trend", "logins_trend"), "groups[0].measures[0].signal")
				.startsWith("unknown signal");
	}

	private static AbstractStringAssert<?> problem(java.util.function.Function<String, Scorecard> read, String text, String field) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read.apply(text));
		assertThat(e).as("no problem found").isNotNull();
		List<FieldProblem> problems = e.problems();
		assertThat(problems).extracting(FieldProblem::field).as("problems: " + problems).contains(field);
		return assertThat(problems.stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().message());
	}
}
