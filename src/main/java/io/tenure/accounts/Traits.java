package io.tenure.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/** Free-form traits (Segment's name for attributes), kept as a JSON object in a jsonb column. */
@Component
public class Traits {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};
	private static final int MAX_LENGTH = 32_768;

	private final ObjectMapper json;

	Traits(ObjectMapper json) {
		this.json = json;
	}

	String write(Map<String, Object> traits) {
		try {
			String text = json.writeValueAsString(traits == null ? Map.of() : traits);
			if (text.length() > MAX_LENGTH) {
				throw new InvalidInputException("traits", "must be at most " + MAX_LENGTH + " characters of JSON");
			}
			return text;
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("traits", "cannot be written as JSON: " + e.getOriginalMessage());
		}
	}

	Map<String, Object> read(String text) {
		try {
			return text == null ? Map.of() : json.readValue(text, MAP);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored traits are not a JSON object: " + text, e);
		}
	}

	/** Parses traits typed into a form; blank means none. */
	public Map<String, Object> parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		try {
			return json.readValue(text, MAP);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException(field, "must be a JSON object such as {\"segment\": \"fintech\"}");
		}
	}

	public String format(Map<String, Object> traits) {
		try {
			return traits == null || traits.isEmpty() ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(traits);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
