package io.tenure.health;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.tenure.platform.InvalidInputException;

/**
 * Scorecards as JSON and as YAML, the way an admin writes them. Reading is strict (unknown properties,
 * duplicate keys, numbers given as text and missing numbers are refused) and always checks the
 * {@link ScorecardRules}; every problem comes as an {@link InvalidInputException} naming the path and,
 * where the text is at fault, the line. Whole numbers are written without a decimal point.
 */
public final class ScorecardFormat {

	private static final ScorecardMapper JSON = new ScorecardMapper(
			() -> JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT));

	private static final ScorecardMapper YAML = new ScorecardMapper(() -> YAMLMapper.builder()
			.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
			.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

	private ScorecardFormat() {
	}

	/** A checked scorecard from JSON. */
	public static Scorecard readJson(String text) {
		return ScorecardRules.check(JSON.read(text));
	}

	/** A checked scorecard from YAML (JSON is YAML too). */
	public static Scorecard readYaml(String text) {
		return ScorecardRules.check(YAML.read(text));
	}

	public static String writeJson(Scorecard card) {
		return JSON.write(card);
	}

	public static String writeYaml(Scorecard card) {
		return YAML.write(card);
	}
}
