package io.tenure.health.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.health.Portfolio;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page. A CSM sees their own accounts by health, the biggest drops this week and the
 * indicators firing; managers and admins see the whole base by default, by owner, tier and stage.
 */
@Controller
class PortfolioController {

	private static final int LIST = 15;

	private final Portfolio portfolio;
	private final ObjectMapper json;
	private final MessageSource messages;

	PortfolioController(Portfolio portfolio, ObjectMapper json, MessageSource messages) {
		this.portfolio = portfolio;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String view, @AuthenticationPrincipal StaffPrincipal who, Model model)
			throws JsonProcessingException {
		boolean base = view == null ? who.can(Role.MANAGER) : view.equals("base");
		Long owner = base ? null : who.id();
		model.addAttribute("base", base);
		model.addAttribute("totals", portfolio.bands("all", owner));
		model.addAttribute("lowest", portfolio.byHealth(owner, LIST));
		model.addAttribute("drops", portfolio.biggestDrops(owner, LIST));
		model.addAttribute("firing", portfolio.firing(owner, LIST));
		model.addAttribute("indicatorCounts", portfolio.indicatorCounts(owner));
		if (base) {
			model.addAttribute("byOwner", chart(portfolio.bands("owner", null), null));
			model.addAttribute("byTier", chart(portfolio.bands("tier", null), "tier."));
			model.addAttribute("byStage", chart(portfolio.bands("stage", null), "stage."));
		}
		return "health/portfolio";
	}

	/** Stacked band counts per group; groups that are enum names are labelled through messages with the prefix. */
	private String chart(List<Portfolio.BandCounts> counts, String labelPrefix) throws JsonProcessingException {
		var locale = LocaleContextHolder.getLocale();
		return json.writeValueAsString(Map.of("stacked", true,
				"labels", counts.stream().map(c -> c.group().isEmpty() ? messages.getMessage("filter.unassigned", null, locale)
						: labelPrefix == null ? c.group() : messages.getMessage(labelPrefix + c.group(), null, c.group(), locale)).toList(),
				"series", List.of(
						Map.of("label", messages.getMessage("band.RED", null, locale), "band", "RED", "values", counts.stream().map(Portfolio.BandCounts::red).toList()),
						Map.of("label", messages.getMessage("band.YELLOW", null, locale), "band", "YELLOW", "values", counts.stream().map(Portfolio.BandCounts::yellow).toList()),
						Map.of("label", messages.getMessage("band.GREEN", null, locale), "band", "GREEN", "values", counts.stream().map(Portfolio.BandCounts::green).toList()),
						Map.of("label", messages.getMessage("portfolio.unscored", null, locale), "colour", "#94a3b8", "values", counts.stream().map(Portfolio.BandCounts::unscored).toList()))));
	}
}
