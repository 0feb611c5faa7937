package io.tenure.ingest.segment;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A message serialised once (compact, as Jackson writes it), with the text of its properties and
 * context objects cut out of it, to be stored as they are; null where the message has none.
 */
record SerializedMessage(String text, String properties, String context) {

	/** The message written field by field, noting where its properties and context objects lie in the text. */
	static SerializedMessage of(ObjectMapper json, JsonNode message) {
		TextOut out = new TextOut();
		int[] properties = null, context = null;
		try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
			generator.writeStartObject();
			for (var fields = message.fields(); fields.hasNext();) {
				var field = fields.next();
				generator.writeFieldName(field.getKey());
				boolean cut = field.getValue().isObject() && (field.getKey().equals("properties") || field.getKey().equals("context"));
				// where the value starts: after what the generator holds, and the separator it writes first
				int start = out.text.length() + generator.getOutputBuffered() + 1;
				json.writeTree(generator, field.getValue());
				if (cut) {
					int[] span = { start, out.text.length() + generator.getOutputBuffered() };
					if (field.getKey().equals("properties")) {
						properties = span;
					}
					else {
						context = span;
					}
				}
			}
			generator.writeEndObject();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		String text = out.text.toString();
		return new SerializedMessage(text, object(text, properties), object(text, context));
	}

	/** Whether the text is longer than this many bytes in UTF-8 (counted only when it could be). */
	boolean longerThan(int bytes) {
		return text.length() > bytes && text.getBytes(StandardCharsets.UTF_8).length > bytes;
	}

	/** The object at this span of the text; null for none, or if the generator wrote it elsewhere (a pretty printer). */
	private static String object(String text, int[] span) {
		if (span == null || text.charAt(span[0] - 1) != ':' || text.charAt(span[0]) != '{' || text.charAt(span[1] - 1) != '}') {
			return null;
		}
		return text.substring(span[0], span[1]);
	}

	/** A Writer into a StringBuilder (StringWriter's StringBuffer locks on every write). */
	private static final class TextOut extends java.io.Writer {

		final StringBuilder text = new StringBuilder(1024);

		@Override
		public void write(char[] chars, int offset, int length) {
			text.append(chars, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			text.append(string, offset, offset + length);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	}

	/**
	 * Whether the JSON text holds a NUL character: Jackson escapes it as backslash-u0000, with an odd
	 * number of backslashes (an even number is a backslash in the text, followed by "u0000").
	 */
	static boolean hasNul(String text) {
		for (int i = text.indexOf("\\u0000"); i >= 0; i = text.indexOf("\\u0000", i + 1)) {
			int backslashes = 0;
			for (int j = i; j >= 0 && text.charAt(j) == '\\'; j--) {
				backslashes++;
			}
			if (backslashes % 2 == 1) {
				return true;
			}
		}
		return false;
	}

	/** PostgreSQL cannot store a NUL character in text or jsonb: any value or name holding one is refused. */
	static boolean containsNul(JsonNode node) {
		if (node.isTextual()) {
			return node.textValue().indexOf('\0') >= 0;
		}
		if (node.isObject()) {
			var fields = node.fields();
			while (fields.hasNext()) {
				var field = fields.next();
				if (field.getKey().indexOf('\0') >= 0 || containsNul(field.getValue())) {
					return true;
				}
			}
			return false;
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (containsNul(element)) {
					return true;
				}
			}
		}
		return false;
	}
}
