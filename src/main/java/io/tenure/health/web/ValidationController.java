package io.tenure.health.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.health.ScoreValidation;
import io.tenure.health.ScoreValidations;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Health > Does it predict churn?: the score's track record on this workspace's own history. */
@Controller
class ValidationController {

	private final ScoreValidations validations;
	private final ObjectMapper json;
	private final MessageSource messages;

	ValidationController(ScoreValidations validations, ObjectMapper json, MessageSource messages) {
		this.validations = validations;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/health/validation")
	String page(Model model) throws JsonProcessingException {
		ScoreValidation v = validations.validate();
		model.addAttribute("v", v);
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("bandChart", json.writeValueAsString(Map.of("precision", 1,
				"labels", v.bands().stream().map(b -> messages.getMessage("band." + b.band(), null, locale)).toList(),
				"series", List.of(Map.of("label", messages.getMessage("validation.churnRate", null, locale),
						"colours", v.bands().stream().map(b -> b.band().name()).toList(),
						"values", v.bands().stream().map(b -> b.churnRate() == null ? 0 : b.churnRate() * 100).toList())))));
		model.addAttribute("aheadChart", json.writeValueAsString(Map.of(
				"labels", v.daysRedBeforeChurn().stream().map(b -> b.toDays() == null ? b.fromDays() + "+" : b.fromDays() + "–" + b.toDays()).toList(),
				"series", List.of(Map.of("label", messages.getMessage("validation.accounts", null, locale), "band", "RED",
						"values", v.daysRedBeforeChurn().stream().map(ScoreValidation.Bucket::accounts).toList())))));
		return "health/validation";
	}
}
