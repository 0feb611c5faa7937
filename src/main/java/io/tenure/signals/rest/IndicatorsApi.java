package io.tenure.signals.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.NotFoundException;
import io.tenure.signals.Indicator;
import io.tenure.signals.IndicatorSetting;
import io.tenure.signals.IndicatorSettings;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "Indicators", description = "The emergency indicators: what each means, whether it is on, its thresholds")
class IndicatorsApi {

	record ThresholdView(String name, double value, double defaultValue, double min, double max) {
	}

	record IndicatorView(String indicator, String description, boolean enabled, List<ThresholdView> thresholds) {
	}

	/** enabled is required; thresholds may name some of the indicator's thresholds (the others keep their values). */
	record IndicatorChange(@NotNull Boolean enabled, Map<String, Double> thresholds) {
	}

	private final IndicatorSettings settings;
	private final MessageSource messages;

	IndicatorsApi(IndicatorSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/api/v1/indicators")
	@Operation(summary = "Every emergency indicator with its setting")
	List<IndicatorView> list() {
		return settings.all().stream().map(this::view).toList();
	}

	@PutMapping("/api/v1/indicators/{key}")
	@Operation(summary = "Turn an indicator on or off and change its thresholds (admins)", description = "A threshold outside "
			+ "its range or unknown to the indicator is a 400 naming it, and nothing changes.")
	IndicatorView change(@PathVariable String key, @jakarta.validation.Valid @RequestBody IndicatorChange change,
			@AuthenticationPrincipal StaffPrincipal who) {
		if (!who.can(Role.ADMIN)) {
			throw new AccessDeniedException("only admins change the indicators");
		}
		Indicator indicator = Indicator.byKey(key).orElseThrow(() -> new NotFoundException("indicator", key));
		return view(settings.change(indicator, change.enabled(), change.thresholds() == null ? Map.of() : change.thresholds(), who.id()));
	}

	private IndicatorView view(IndicatorSetting setting) {
		Indicator indicator = setting.indicator();
		return new IndicatorView(indicator.key(), messages.getMessage("indicator." + indicator.name() + ".description", null, Locale.ENGLISH),
				setting.enabled(), indicator.thresholds().stream()
					.map(t -> new ThresholdView(t.name(), setting.thresholds().get(t.name()), t.defaultValue(), t.min(), t.max()))
					.toList());
	}
}
