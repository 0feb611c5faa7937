package io.tenure.signals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.tenure.accounts.Accounts;
import io.tenure.accounts.People;
import io.tenure.signals.AccountSignals;
import io.tenure.signals.AsOfDay;
import io.tenure.signals.BaseLines;
import io.tenure.signals.EmergencyIndicators;
import io.tenure.signals.Signal;
import io.tenure.signals.SignalValues;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The signals panel and the indicators that fire, a fragment the account and person pages load with htmx. */
@Controller
class SignalsController {

	private final AccountSignals signals;
	private final EmergencyIndicators indicators;
	private final BaseLines baseLines;
	private final Clock clock;
	private final Accounts accounts;
	private final People people;

	SignalsController(AccountSignals signals, EmergencyIndicators indicators, BaseLines baseLines, Clock clock, Accounts accounts,
			People people) {
		this.accounts = accounts;
		this.people = people;
		this.signals = signals;
		this.indicators = indicators;
		this.baseLines = baseLines;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/signals")
	String account(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		accounts.get(id);
		LocalDate day = AsOfDay.resolve(asOf, clock);
		SignalValues values = signals.account(id, day);
		model.addAttribute("values", values);
		model.addAttribute("signals", Signal.values());
		model.addAttribute("findings", indicators.findings(values, baseLines.asOf(day)));
		return "signals/panel :: signals";
	}

	@GetMapping("/people/{id}/signals")
	String person(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		people.get(id);
		LocalDate day = AsOfDay.resolve(asOf, clock);
		model.addAttribute("values", signals.people(day, List.of(id)).get(id));
		model.addAttribute("signals", java.util.Arrays.stream(Signal.values()).filter(Signal::perPerson).toList());
		model.addAttribute("findings", List.of());
		return "signals/panel :: signals";
	}
}
