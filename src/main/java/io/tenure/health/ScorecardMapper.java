package io.tenure.health;

import java.util.function.Supplier;

import io.tenure.platform.InvalidInputException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * One text format of scorecards. Jackson reports a missing required number before an unknown property
 * next to it (a "wieght" typo would read as "weight is required"), so after a missing number the text is
 * read once more, with nothing required, to find the misspelling that caused it.
 */
final class ScorecardMapper {

	private final ObjectMapper strict;

	private final ObjectMapper lenient;

	ScorecardMapper(Supplier<? extends MapperBuilder<?, ?>> builder) {
		this.strict = strict(builder.get()).build();
		this.lenient = strict(builder.get()).annotationIntrospector(new NothingRequired())
				.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
	}

	Scorecard read(String text) {
		Scorecard card;
		try {
			card = text == null || text.isBlank() ? null : strict.readValue(text, Scorecard.class);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException(FormatProblems.of(e, () -> lenient.readValue(text, Scorecard.class)));
		}
		if (card == null) {
			throw new InvalidInputException("scorecard", "the text is empty; give a scorecard with name, bands and groups");
		}
		return card;
	}

	String write(Scorecard card) {
		try {
			return strict.writeValueAsString(card);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("scorecard \"" + card.name() + "\" could not be written", e);
		}
	}

	private static MapperBuilder<?, ?> strict(MapperBuilder<?, ?> builder) {
		return builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
						DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
				.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
				.addModule(new SimpleModule().addSerializer(Double.class, new WholeNumbers())
						.addSerializer(double.class, new WholeNumbers()));
	}

	/** Reads missing numbers as 0, for the second look only. */
	private static final class NothingRequired extends JacksonAnnotationIntrospector {

		@Override
		public Boolean hasRequiredMarker(AnnotatedMember member) {
			return null;
		}
	}
}
