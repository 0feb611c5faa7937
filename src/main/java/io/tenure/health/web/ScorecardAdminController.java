package io.tenure.health.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.tenure.health.DefaultScorecard;
import io.tenure.health.HealthRun;
import io.tenure.health.HealthRuns;
import io.tenure.health.ScorecardFormat;
import io.tenure.health.Scorecards;
import io.tenure.health.StoredScorecard;
import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin > Scorecards: the scorecards in priority order, each edited as YAML (or imported from a JSON or
 * YAML file) and checked whole before it replaces the one in force; export as YAML or JSON; recompute.
 */
@Controller
@RequestMapping("/admin/scorecards")
class ScorecardAdminController {

	private final Scorecards scorecards;
	private final HealthRuns runs;

	ScorecardAdminController(Scorecards scorecards, HealthRuns runs) {
		this.scorecards = scorecards;
		this.runs = runs;
	}

	@org.springframework.web.bind.annotation.ModelAttribute("signalKeys")
	java.util.List<String> signalKeys() {
		return java.util.Arrays.stream(io.tenure.signals.Signal.values()).map(io.tenure.signals.Signal::key).toList();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("cards", scorecards.stored());
		model.addAttribute("defaultCard", DefaultScorecard.definition());
		model.addAttribute("run", runs.latest().orElse(null));
		return "health/scorecards";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("text", DefaultScorecard.yaml().replaceFirst("(?m)^name: .*$", "name: My scorecard"));
		return "health/scorecard-form";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StoredScorecard card = scorecards.get(id);
		model.addAttribute("id", id);
		model.addAttribute("text", ScorecardFormat.writeYaml(card.card()));
		return "health/scorecard-form";
	}

	@PostMapping({ "", "/{id}" })
	String save(@PathVariable(required = false) Long id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffPrincipal who, Model model,
			RedirectAttributes redirect) throws IOException {
		String definition = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
		try {
			if (id != null) {
				scorecards.get(id);
			}
			StoredScorecard saved = scorecards.save(id, ScorecardFormat.readYaml(definition), who.id());
			runs.startIfIdle(HealthRun.Kind.TODAY);
			redirect.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/scorecards";
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			model.addAttribute("problems", java.util.List.of(new InvalidInputException.FieldProblem("name", e.getMessage())));
		}
		model.addAttribute("id", id);
		model.addAttribute("text", definition);
		return "health/scorecard-form";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal who, RedirectAttributes redirect) {
		scorecards.delete(id, who.id());
		runs.startIfIdle(HealthRun.Kind.TODAY);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/admin/scorecards";
	}

	@PostMapping("/{id}/up")
	String up(@PathVariable long id) {
		scorecards.moveUp(id);
		runs.startIfIdle(HealthRun.Kind.TODAY);
		return "redirect:/admin/scorecards";
	}

	@GetMapping("/{id}/export")
	ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "yaml") String format) {
		if (!id.equals("default") && !id.matches("[0-9]{1,18}")) {
			throw new io.tenure.platform.NotFoundException("scorecard", id);
		}
		var card = id.equals("default") ? DefaultScorecard.definition() : scorecards.get(Long.parseLong(id)).card();
		boolean json = format.equals("json");
		String name = card.name().replaceAll("[^A-Za-z0-9._-]+", "-") + (json ? ".json" : ".yaml");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(json ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/yaml"))
			.body(json ? ScorecardFormat.writeJson(card) : ScorecardFormat.writeYaml(card));
	}

	@PostMapping("/recompute")
	String recompute(@RequestParam(defaultValue = "TODAY") HealthRun.Kind kind, RedirectAttributes redirect) {
		try {
			runs.start(kind);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("runError", e.getMessage());
		}
		return "redirect:/admin/scorecards";
	}

	@GetMapping("/recompute")
	String progress(Model model) {
		model.addAttribute("run", runs.latest().orElse(null));
		return "health/scorecards :: progress";
	}
}
