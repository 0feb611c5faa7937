package io.tenure.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the accounts API, as mutable maps that a test changes field by field. */
final class AccountJson {

	private AccountJson() {
	}

	static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A valid account: a unique external id, STANDARD, ADOPTION, no owner. */
	static Map<String, Object> account(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("externalId", "grp-" + unique());
		body.put("name", name);
		body.put("domain", unique() + ".example.com");
		body.put("industry", "Software");
		body.put("employees", 120);
		body.put("country", "DE");
		body.put("plan", "Growth");
		body.put("tier", "STANDARD");
		body.put("lifecycleStage", "ADOPTION");
		body.put("ownerId", null);
		body.put("customerSince", "2024-03-01");
		body.put("traits", Map.of("segment", "fintech"));
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	static Map<String, Object> without(Map<String, Object> body, String field) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.remove(field);
		return copy;
	}

	/** The body of a PUT that keeps everything of a GET's answer and changes some fields. */
	static Map<String, Object> edited(com.fasterxml.jackson.databind.JsonNode current, Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : new String[] { "externalId", "name", "domain", "industry", "employees", "country", "plan", "tier",
				"lifecycleStage", "ownerId", "customerSince", "churnedAt", "churnReason", "traits" }) {
			body.put(field, io.tenure.platform.HttpApi.JSON.convertValue(current.get(field), Object.class));
		}
		return with(body, pairs);
	}
}
