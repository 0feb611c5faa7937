package io.tenure.health;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tenure.platform.InvalidInputException.FieldProblem;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Text that is not well-formed JSON or YAML: the path where reading stopped and the line and column of
 * the fault, without the parser's quoted excerpt.
 */
final class SyntaxProblems {

	private SyntaxProblems() {
	}

	/** At the path the parser had reached. */
	static FieldProblem of(JsonProcessingException e) {
		return of(e, e.getProcessor() instanceof JsonParser parser ? JsonPaths.of(parser.getParsingContext()) : "scorecard");
	}

	static FieldProblem of(JsonProcessingException e, String path) {
		if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
			Mark mark = yaml.getProblemMark();
			String what = Stream.of(yaml.getContext(), yaml.getProblem()).filter(Objects::nonNull).filter(part -> !part.isBlank())
					.collect(Collectors.joining(", "));
			return new FieldProblem(path, "is not well-formed YAML (line " + (mark.getLine() + 1) + ", column "
					+ (mark.getColumn() + 1) + "): " + what);
		}
		String message = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage().lines().findFirst().orElse("");
		return new FieldProblem(path, "is not well-formed" + FormatProblems.where(e.getLocation()) + ": " + message);
	}
}
