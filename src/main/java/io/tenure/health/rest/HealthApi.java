package io.tenure.health.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.accounts.Accounts;
import io.tenure.health.AccountHealth;
import io.tenure.health.Band;
import io.tenure.health.HealthExplanation;
import io.tenure.health.MeasureScore;
import io.tenure.health.ScoreChange;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;
import io.tenure.signals.AsOfDay;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health", description = "Health scores that explain themselves, and their daily history")
class HealthApi {

	record HealthView(long accountId, LocalDate asOf, String scorecard, Double score, Band band, Double scoreWeekBefore,
			Double weekChange, String trend, List<MeasureScore> measures, List<String> missingSignals,
			List<ScoreChange.Factor> movedSinceLastWeek, Map<String, Double> signals, List<Finding> indicators) {
	}

	record Finding(String indicator, String explanation) {
	}

	private final Accounts accounts;
	private final AccountHealth health;
	private final MessageSource messages;
	private final Clock clock;

	HealthApi(Accounts accounts, AccountHealth health, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.health = health;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/accounts/{id}/health")
	@Operation(summary = "An account's health score as of the end of a day, explained", description = "Each measure's value, "
			+ "points, nominal and effective weight (after the weight of missing signals is spread over the rest), the factors "
			+ "that moved the score since a week before, and the indicators firing. asOf: YYYY-MM-DD, today by default.")
	HealthView account(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		accounts.get(id);
		LocalDate day = AsOfDay.resolve(asOf, clock);
		HealthExplanation h = health.explain(id, day)
			.orElseThrow(() -> new InvalidInputException("asOf", "account " + id + " did not exist yet on " + day));
		return new HealthView(id, day, h.scorecard(), h.score().score(), h.score().band(), h.weekBefore().score(), h.weekChange(),
				h.trend(), h.score().measures(), h.score().missingSignals(), h.change().factors(), h.signals().byKey(),
				h.findings().stream()
					.map(f -> new Finding(f.indicator().key(), messages.getMessage(f.messageKey(), f.arguments(), Locale.ENGLISH)))
					.toList());
	}

	@GetMapping("/api/v1/accounts/{id}/health/history")
	@Operation(summary = "An account's kept daily scores", description = "from and to are days (YYYY-MM-DD), inclusive; by default "
			+ "the last 180 days. At most 3 years at once.")
	List<AccountHealth.DayScore> history(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
		LocalDate end = to == null ? AsOfDay.resolve(null, clock) : to;
		LocalDate start = from == null ? end.minusDays(180) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "must not be after to (" + end + ")");
		}
		if (start.plusYears(3).isBefore(end)) {
			throw new InvalidInputException("from", "at most 3 years at once");
		}
		return health.history(id, start, end);
	}
}
