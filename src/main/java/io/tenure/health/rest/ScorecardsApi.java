package io.tenure.health.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.health.DefaultScorecard;
import io.tenure.health.HealthRun;
import io.tenure.health.HealthRuns;
import io.tenure.health.Scorecard;
import io.tenure.health.ScorecardFormat;
import io.tenure.health.Scorecards;
import io.tenure.health.StoredScorecard;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "How signals become health scores: groups of weighted measures and bands; JSON or YAML")
class ScorecardsApi {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	record ScorecardView(Long id, Integer position, boolean builtIn, JsonNode definition) {
	}

	private final Scorecards scorecards;
	private final HealthRuns runs;
	private final ObjectMapper json;

	ScorecardsApi(Scorecards scorecards, HealthRuns runs, ObjectMapper json) {
		this.scorecards = scorecards;
		this.runs = runs;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "The scorecards in priority order", description = "With none stored, the built-in default applies "
			+ "and is listed with builtIn=true.")
	List<ScorecardView> list() {
		List<StoredScorecard> stored = scorecards.stored();
		if (stored.isEmpty()) {
			return List.of(new ScorecardView(null, null, true, tree(DefaultScorecard.definition())));
		}
		return stored.stream().map(s -> new ScorecardView(s.id(), s.position(), false, tree(s.card()))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Export one scorecard", description = "JSON, or YAML with format=yaml or Accept: application/yaml. "
			+ "id 'default' is the built-in default.")
	ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "json") String format,
			@org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
		Scorecard card = id.equals("default") ? DefaultScorecard.definition() : scorecards.get(number(id)).card();
		boolean yaml = format.equalsIgnoreCase("yaml") || (accept != null && accept.contains("yaml"));
		return ResponseEntity.ok().contentType(yaml ? YAML : MediaType.APPLICATION_JSON)
			.body(yaml ? ScorecardFormat.writeYaml(card) : ScorecardFormat.writeJson(card));
	}

	@PostMapping(consumes = { "application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@Operation(summary = "Import a scorecard (admins)", description = "The body is the scorecard in JSON or YAML. It is checked "
			+ "whole: any problem is a 400 naming each field to fix, and nothing changes. Today's scores are then recomputed.")
	ResponseEntity<ScorecardView> create(@RequestBody String body, @AuthenticationPrincipal StaffPrincipal who) {
		admin(who);
		StoredScorecard saved = scorecards.save(null, ScorecardFormat.readYaml(body), who.id());
		runs.startIfIdle(HealthRun.Kind.TODAY);
		return ResponseEntity.created(URI.create("/api/v1/scorecards/" + saved.id())).body(view(saved));
	}

	@PutMapping(path = "/{id}", consumes = { "application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@Operation(summary = "Replace a scorecard (admins)", description = "As import; the previous definition stays in force when the new one is refused.")
	ScorecardView replace(@PathVariable long id, @RequestBody String body, @AuthenticationPrincipal StaffPrincipal who) {
		admin(who);
		scorecards.get(id);
		StoredScorecard saved = scorecards.save(id, ScorecardFormat.readYaml(body), who.id());
		runs.startIfIdle(HealthRun.Kind.TODAY);
		return view(saved);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a scorecard (admins)", description = "With none left, the built-in default applies again.")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal who) {
		admin(who);
		scorecards.delete(id, who.id());
		runs.startIfIdle(HealthRun.Kind.TODAY);
		return ResponseEntity.noContent().build();
	}

	private static void admin(StaffPrincipal who) {
		if (!who.can(Role.ADMIN)) {
			throw new AccessDeniedException("only admins change scorecards");
		}
	}

	private static long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new io.tenure.platform.NotFoundException("scorecard", id);
		}
	}

	private ScorecardView view(StoredScorecard s) {
		return new ScorecardView(s.id(), s.position(), false, tree(s.card()));
	}

	private JsonNode tree(Scorecard card) {
		try {
			return json.readTree(ScorecardFormat.writeJson(card));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
