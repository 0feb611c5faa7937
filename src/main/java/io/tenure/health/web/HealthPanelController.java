package io.tenure.health.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.health.AccountHealth;
import io.tenure.platform.NotFoundException;
import io.tenure.signals.AsOfDay;
import io.tenure.signals.Signal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The health panel of the account page (an htmx fragment): score, band, trend, chart, measures and what moved it. */
@Controller
class HealthPanelController {

	static final Map<String, String> UNITS = Arrays.stream(Signal.values())
		.collect(Collectors.toMap(Signal::key, s -> s.unit().name()));

	private final AccountHealth health;
	private final ObjectMapper json;
	private final Clock clock;

	HealthPanelController(AccountHealth health, ObjectMapper json, Clock clock) {
		this.health = health;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/health")
	String panel(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) throws JsonProcessingException {
		LocalDate day = AsOfDay.resolve(asOf, clock);
		model.addAttribute("health", health.explain(id, day).orElseThrow(() -> new NotFoundException("account", id)));
		List<AccountHealth.DayScore> history = health.history(id, day.minusDays(180), day);
		model.addAttribute("history", json.writeValueAsString(history));
		model.addAttribute("historyDays", history.size());
		model.addAttribute("units", UNITS);
		return "health/panel :: health";
	}
}
