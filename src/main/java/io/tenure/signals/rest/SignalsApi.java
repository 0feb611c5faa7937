package io.tenure.signals.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.People;
import io.tenure.signals.AccountSignals;
import io.tenure.signals.AsOfDay;
import io.tenure.signals.BaseLines;
import io.tenure.signals.EmergencyIndicators;
import io.tenure.signals.SignalValues;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Signals", description = "An account's or person's vital signs and emergency indicators as of any past day")
class SignalsApi {

	/** Signals by key (null: nothing to measure) and the indicators that fire, explained. */
	record AccountSignalsView(long accountId, LocalDate asOf, Map<String, Double> signals, List<FindingView> indicators) {
	}

	record PersonSignalsView(long personId, LocalDate asOf, Map<String, Double> signals) {
	}

	record FindingView(String indicator, String explanation) {
	}

	private final Accounts accounts;
	private final People people;
	private final AccountSignals signals;
	private final EmergencyIndicators indicators;
	private final BaseLines baseLines;
	private final MessageSource messages;
	private final Clock clock;

	SignalsApi(Accounts accounts, People people, AccountSignals signals, EmergencyIndicators indicators, BaseLines baseLines,
			MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.signals = signals;
		this.indicators = indicators;
		this.baseLines = baseLines;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/accounts/{id}/signals")
	@Operation(summary = "An account's signals as of the end of a day (UTC)", description = "asOf is a date (YYYY-MM-DD), "
			+ "today by default; only what had happened by the end of that day counts. Signals without anything to measure are null.")
	AccountSignalsView account(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		accounts.get(id);
		LocalDate day = AsOfDay.resolve(asOf, clock);
		SignalValues values = signals.account(id, day);
		List<FindingView> findings = indicators.findings(values, baseLines.asOf(day)).stream()
			.map(f -> new FindingView(f.indicator().key(), messages.getMessage(f.messageKey(), f.arguments(), Locale.ENGLISH)))
			.toList();
		return new AccountSignalsView(id, day, values.byKey(), findings);
	}

	@GetMapping("/api/v1/people/{id}/signals")
	@Operation(summary = "A person's signals as of the end of a day (UTC)", description = "asOf as for accounts.")
	PersonSignalsView person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		people.get(id);
		LocalDate day = AsOfDay.resolve(asOf, clock);
		Map<String, Double> values = new java.util.LinkedHashMap<>(signals.people(day, List.of(id)).get(id).byKey());
		values.keySet().removeIf(key -> !io.tenure.signals.Signal.byKey(key).orElseThrow().perPerson());
		return new PersonSignalsView(id, day, values);
	}
}
