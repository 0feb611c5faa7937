package io.tenure.signals.web;

import java.util.HashMap;
import java.util.Map;

import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;
import io.tenure.signals.Indicator;
import io.tenure.signals.IndicatorSettings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin > Indicators: what each emergency indicator means, on or off, and its thresholds. */
@Controller
@RequestMapping("/admin/indicators")
class IndicatorAdminController {

	private final IndicatorSettings settings;

	IndicatorAdminController(IndicatorSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("settings", settings.all());
		return "signals/indicators";
	}

	@PostMapping("/{key}")
	String change(@PathVariable String key, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam Map<String, String> form, @AuthenticationPrincipal StaffPrincipal who, RedirectAttributes redirect,
			Model model) {
		Indicator indicator = Indicator.byKey(key).orElseThrow(() -> new NotFoundException("indicator", key));
		Map<String, Double> thresholds = new HashMap<>();
		StringBuilder unreadable = new StringBuilder();
		for (Indicator.Threshold threshold : indicator.thresholds()) {
			String text = form.get(threshold.name());
			if (text == null || text.isBlank()) {
				continue;
			}
			try {
				thresholds.put(threshold.name(), Double.parseDouble(text.trim().replace(',', '.')));
			}
			catch (NumberFormatException e) {
				unreadable.append(threshold.name()).append(": \"").append(text).append("\" is not a number. ");
			}
		}
		try {
			if (!unreadable.isEmpty()) {
				throw new InvalidInputException("thresholds", unreadable.toString().trim());
			}
			settings.change(indicator, enabled, thresholds, who.id());
			redirect.addFlashAttribute("saved", indicator.name());
		}
		catch (InvalidInputException e) {
			// shown again with what was typed, the refusal beside the indicator it concerns; nothing was stored
			model.addAttribute("settings", settings.all());
			model.addAttribute("failed", indicator.name());
			model.addAttribute("error", e.getMessage());
			model.addAttribute("typed", form);
			model.addAttribute("typedEnabled", enabled);
			return "signals/indicators";
		}
		return "redirect:/admin/indicators";
	}
}
