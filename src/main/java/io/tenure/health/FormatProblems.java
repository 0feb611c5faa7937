package io.tenure.health;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.tenure.platform.InvalidInputException.FieldProblem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns what Jackson could not read into a problem at the scorecard's path, in plain words, with the line. */
final class FormatProblems {

	private FormatProblems() {
	}

	/** {@code secondLook} reads the text again with nothing required, to find a misspelling behind a missing number. */
	static List<FieldProblem> of(JsonProcessingException e, Callable<?> secondLook) {
		if (!(e instanceof JsonMappingException mapping)) {
			return List.of(SyntaxProblems.of(e));
		}
		String path = JsonPaths.of(mapping.getPath());
		if (e.getCause() instanceof StreamReadException syntax) {
			return List.of(SyntaxProblems.of(syntax, path));
		}
		String where = where(e.getLocation());
		// records are built once their object is read, so Jackson places these two at the object's end
		String objectEnd = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
				: " (in the object ending on line " + e.getLocation().getLineNr() + ")";
		if (e instanceof UnrecognizedPropertyException unknown) {
			return List.of(new FieldProblem(path, "unknown property \"" + unknown.getPropertyName() + "\"" + objectEnd
					+ "; known here: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
							.collect(Collectors.joining(", "))));
		}
		if (e instanceof InvalidTypeIdException type) {
			return List.of(new FieldProblem(JsonPaths.join(path, "type"), (type.getTypeId() == null
					? "say how the value turns into points" : "unknown scoring type \"" + type.getTypeId() + "\"")
					+ where + "; use \"type\": \"thresholds\" or \"type\": \"linear\""));
		}
		if (JsonPaths.missingProperty(e.getOriginalMessage()) != null) {
			List<FieldProblem> problems = new ArrayList<>(misspelling(secondLook));
			problems.add(new FieldProblem(path, "is required" + objectEnd));
			return problems;
		}
		Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
		return List.of(new FieldProblem(path, "must be " + ExpectedValue.of(type) + where));
	}

	private static List<FieldProblem> misspelling(Callable<?> secondLook) {
		try {
			secondLook.call();
		}
		catch (UnrecognizedPropertyException e) {
			return of(e, secondLook);
		}
		catch (Exception e) {
			// nothing misspelt: the number is simply missing
		}
		return List.of();
	}

	static String where(JsonLocation location) {
		return location == null || location.getLineNr() < 1 ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}
}
