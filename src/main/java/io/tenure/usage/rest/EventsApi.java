package io.tenure.usage.rest;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.platform.Page;
import io.tenure.usage.Event;
import io.tenure.usage.EventCategory;
import io.tenure.usage.EventQuery;
import io.tenure.usage.Events;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Events", description = "Stored events (Segment calls), newest first")
class EventsApi {

	private final Events events;

	EventsApi(Events events) {
		this.events = events;
	}

	@GetMapping("/api/v1/events")
	@Operation(summary = "Search events", description = "Filter by account, person, event name, category and time range "
			+ "[from, to) as ISO timestamps; activityOnly=true leaves out identify, group and alias calls; size 1 to 500.")
	Page<Event> search(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String event, @RequestParam(required = false) EventCategory category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "false") boolean activityOnly, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return events.search(new EventQuery(accountId, personId, event, category, from, to, activityOnly, page, size));
	}
}
