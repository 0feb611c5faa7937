package io.tenure.usage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feature an activity event counts for in the rollups, exactly as the rebuild's SQL derives it,
 * and event text as PostgreSQL stores it: what lets the rollups be counted in memory and still equal
 * a rebuild from the events.
 */
final class EventFeatures {

	private static final int MAX_FEATURE = 200;

	private final JdbcClient db;
	private final ObjectMapper json;

	EventFeatures(JdbcClient db, ObjectMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * Each event's feature, as {@code left(coalesce(properties ->> feature_property, ''), 200)} says:
	 * a plain string property is read here; PostgreSQL reads any other value (a number, an object, a
	 * string with surrogate characters), since only it knows how jsonb prints them.
	 */
	String[] of(List<NewEvent> events, Map<String, String> featureProperties) {
		String[] features = new String[events.size()];
		List<Integer> others = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			NewEvent event = events.get(i);
			String key = featureProperties.get(event.name());
			String value = key == null ? "" : property(event.properties(), key);
			if (value == null) {
				others.add(i);
				properties.add(event.properties());
				keys.add(key);
			}
			else {
				features[i] = left(value);
			}
		}
		if (!others.isEmpty()) {
			List<String> texts = db.sql("""
					select left(coalesce(p::jsonb ->> k, ''), 200) from unnest(?::text[], ?::text[]) with ordinality as x(p, k, i)
					order by i""")
				.params(properties.toArray(String[]::new), keys.toArray(String[]::new)).query(String.class).list();
			for (int i = 0; i < others.size(); i++) {
				features[others.get(i)] = texts.get(i);
			}
		}
		return features;
	}

	/**
	 * The top-level property of a JSON object when it is absent, JSON null (both "") or a string
	 * without surrogate characters; null for anything else. As in jsonb, the last of repeated names wins.
	 */
	private String property(String properties, String name) {
		try (JsonParser parser = json.createParser(properties)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			String value = "";
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				boolean wanted = name.equals(parser.currentName());
				JsonToken token = parser.nextToken();
				if (!wanted) {
					parser.skipChildren();
				}
				else if (token == JsonToken.VALUE_STRING && plain(parser.getText())) {
					value = parser.getText();
				}
				else if (token == JsonToken.VALUE_NULL) {
					value = "";
				}
				else {
					return null;
				}
			}
			return value;
		}
		catch (IOException e) {
			return null;
		}
	}

	/** The text as PostgreSQL receives it from the driver: a lone surrogate character becomes '?' (as UTF-8 encoding does). */
	static String stored(String text) {
		return plain(text) ? text : new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	/** Without surrogate characters: read the same by Java and by PostgreSQL, whatever happens to a lone one. */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isSurrogate(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** PostgreSQL's left(text, 200): 200 characters, not UTF-16 units. */
	private static String left(String text) {
		if (text.length() <= MAX_FEATURE || text.codePointCount(0, text.length()) <= MAX_FEATURE) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, MAX_FEATURE));
	}
}
