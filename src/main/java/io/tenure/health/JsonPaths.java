package io.tenure.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Paths in the scorecard's own words: {@code groups[1].measures[0].signal}; the whole is "scorecard". */
final class JsonPaths {

	private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

	private JsonPaths() {
	}

	static String of(List<Reference> references) {
		String path = "";
		for (Reference reference : references) {
			path = reference.getFieldName() != null ? join(path, reference.getFieldName())
					: reference.getIndex() >= 0 ? path + "[" + reference.getIndex() + "]" : path;
		}
		return path.isEmpty() ? "scorecard" : path;
	}

	/** Where a parser stopped. */
	static String of(JsonStreamContext context) {
		List<String> parts = new ArrayList<>();
		for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			parts.add(at.inArray() ? "[" + Math.max(0, at.getCurrentIndex()) + "]"
					: at.getCurrentName() == null ? "" : "." + at.getCurrentName());
		}
		Collections.reverse(parts);
		String path = String.join("", parts);
		path = path.startsWith(".") ? path.substring(1) : path;
		return path.isEmpty() ? "scorecard" : path;
	}

	static String join(String path, String property) {
		return path.isEmpty() || path.equals("scorecard") ? property : path + "." + property;
	}

	/** The property a "Missing required creator property" message names, else null. */
	static String missingProperty(String message) {
		Matcher matcher = message == null ? null : MISSING.matcher(message);
		return matcher != null && matcher.find() ? matcher.group(1) : null;
	}
}
