package io.tenure.demo.world;

import java.util.List;
import java.util.Map;

/** The simulated SaaS's content for customers: guides, webinars, case studies and templates. */
final class Library {

	private static final List<Map<String, Object>> ITEMS = List.of(
			Map.of("title", "Quick start guide", "contentType", "guide"),
			Map.of("title", "Ten dashboards our best customers use", "contentType", "guide"),
			Map.of("title", "Automating your weekly review", "contentType", "webinar"),
			Map.of("title", "What's new this quarter", "contentType", "webinar"),
			Map.of("title", "How a retailer cut reporting time in half", "contentType", "case study"),
			Map.of("title", "Rolling out to a new team", "contentType", "playbook"),
			Map.of("title", "Board report template", "contentType", "template"),
			Map.of("title", "Integration checklist", "contentType", "checklist"));

	Map<String, Object> pick(Chance chance) {
		return ITEMS.get((int) (ITEMS.size() * chance.unit() * chance.unit()));
	}
}
