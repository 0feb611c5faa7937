package io.tenure.health.web;

import java.util.Arrays;
import java.util.List;

import io.tenure.health.Portfolio;
import io.tenure.platform.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Health badges for any list of accounts: out-of-band htmx swaps into the list's placeholders
 * ({@code <span id="health-{id}">}), so lists in other modules show health without depending on it.
 */
@Controller
class HealthBadgesController {

	private final Portfolio portfolio;

	HealthBadgesController(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping("/health/badges")
	String badges(@RequestParam String ids, Model model) {
		List<Long> accountIds;
		try {
			accountIds = Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).map(Long::valueOf).distinct().toList();
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("ids", "must be account ids separated by commas");
		}
		if (accountIds.size() > 500) {
			throw new InvalidInputException("ids", "at most 500 accounts at once");
		}
		model.addAttribute("rows", portfolio.latest(accountIds));
		return "health/badges";
	}
}
