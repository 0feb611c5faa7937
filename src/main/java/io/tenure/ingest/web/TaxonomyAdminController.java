package io.tenure.ingest.web;

import io.tenure.usage.EventCategory;
import io.tenure.usage.Taxonomy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin > Events: every event name seen, how often and when, with an example; the admin maps a name
 * to a category, marks it as a key event (micro-conversion) or names the property that holds the
 * feature used. A remap applies to past events too.
 */
@Controller
@RequestMapping("/admin/events")
class TaxonomyAdminController {

	private final Taxonomy taxonomy;

	TaxonomyAdminController(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("names", taxonomy.names());
		model.addAttribute("categories", EventCategory.values());
		return "ingest/events";
	}

	@PostMapping
	String map(@RequestParam String name, @RequestParam EventCategory category,
			@RequestParam(defaultValue = "false") boolean keyEvent, @RequestParam(required = false) String featureProperty,
			RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 200 || (featureProperty != null && featureProperty.length() > 100)) {
			redirect.addFlashAttribute("mapError", "name: must be 1 to 200 characters; feature property at most 100");
			return "redirect:/admin/events";
		}
		taxonomy.map(name, category, keyEvent, featureProperty);
		redirect.addFlashAttribute("mapped", name);
		return "redirect:/admin/events";
	}
}
