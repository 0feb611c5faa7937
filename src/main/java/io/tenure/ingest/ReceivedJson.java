package io.tenure.ingest;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON object as received, kept as the text it is stored as: a call's properties or context are
 * serialised once, when the message is checked, and read into a map only if something asks for one.
 */
public final class ReceivedJson extends AbstractMap<String, Object> {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final String text;
	private final ObjectMapper json;
	private Map<String, Object> map;

	/** {@code text} is a JSON object, as {@code json} writes it. */
	public ReceivedJson(String text, ObjectMapper json) {
		this.text = text;
		this.json = json;
	}

	public String text() {
		return text;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		if (map == null) {
			try {
				map = java.util.Collections.unmodifiableMap(json.readValue(text, MAP));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException("not a JSON object: " + text, e);
			}
		}
		return map.entrySet();
	}
}
