package io.tenure.usage.web;

import io.tenure.usage.EventQuery;
import io.tenure.usage.Events;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity timeline, a fragment that the account and person pages load with htmx. */
@Controller
class TimelineController {

	private static final int PAGE = 30;

	private final Events events;

	TimelineController(Events events) {
		this.events = events;
	}

	@GetMapping("/accounts/{id}/timeline")
	String account(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", events.search(new EventQuery(id, null, null, null, null, null, true, page, PAGE)));
		model.addAttribute("base", "/accounts/" + id + "/timeline");
		return "usage/timeline :: timeline";
	}

	@GetMapping("/people/{id}/timeline")
	String person(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", events.search(new EventQuery(null, id, null, null, null, null, true, page, PAGE)));
		model.addAttribute("base", "/people/" + id + "/timeline");
		return "usage/timeline :: timeline";
	}
}
