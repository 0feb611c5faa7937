package io.tenure.health.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenure.health.Segment;
import io.tenure.health.SegmentMembers;
import io.tenure.health.SegmentSubject;
import io.tenure.health.Segments;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.identity.StaffUsers;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Segments: the list with live counts, the filter builder (rows of field, operator and value that
 * re-render through htmx as the field changes, with a live count), and a segment's members.
 */
@Controller
@RequestMapping("/segments")
class SegmentsController {

	private static final Pattern ROW = Pattern.compile("^conditions\\[(\\d+)]");
	private static final int PAGE_SIZE = 25;

	private final Segments segments;
	private final SegmentMembers members;
	private final StaffUsers staff;

	SegmentsController(Segments segments, SegmentMembers members, StaffUsers staff) {
		this.segments = segments;
		this.members = members;
		this.staff = staff;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal who, Model model) {
		List<Segment> all = segments.all();
		model.addAttribute("segments", all);
		model.addAttribute("counts", members.counts(all));
		model.addAttribute("canEdit", who.can(Role.MANAGER));
		return "health/segments";
	}

	@GetMapping("/new")
	String create(@RequestParam(defaultValue = "ACCOUNTS") String subject, @AuthenticationPrincipal StaffPrincipal who, Model model) {
		manager(who);
		SegmentSubject s = SegmentSubject.of(subject) == null ? SegmentSubject.ACCOUNTS : SegmentSubject.of(subject);
		return form(null, new SegmentForm("", s, "ALL", List.of(new SegmentForm.Row(null, null, null))), List.of(), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal who, Model model) {
		manager(who);
		return form(id, SegmentForm.of(segments.get(id).definition()), List.of(), model);
	}

	@PostMapping({ "", "/{id}" })
	String save(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal StaffPrincipal who, Model model, RedirectAttributes redirect) {
		manager(who);
		SegmentForm form = SegmentForm.from(params);
		try {
			Segment saved = segments.save(id, form.definition(), who.id());
			redirect.addFlashAttribute("saved", saved.name());
			return "redirect:/segments/" + saved.id();
		}
		catch (InvalidInputException e) {
			return form(id, form, e.problems(), model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal who, RedirectAttributes redirect) {
		manager(who);
		String name = segments.get(id).name();
		segments.delete(id);
		redirect.addFlashAttribute("deleted", name);
		return "redirect:/segments";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffPrincipal who,
			Model model) {
		Segment segment = segments.get(id);
		model.addAttribute("segment", segment);
		model.addAttribute("members", members.page(segment.definition(), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("canEdit", who.can(Role.MANAGER));
		return "health/segments-members";
	}

	/** The live count of the builder: count and first members, or what to fix. */
	@PostMapping("/preview")
	String preview(@RequestParam MultiValueMap<String, String> params, Model model) {
		SegmentForm form = SegmentForm.from(params);
		try {
			model.addAttribute("preview", members.preview(form.definition(), 5));
		}
		catch (InvalidInputException e) {
			model.addAttribute("previewProblems", e.problems());
		}
		return "health/segments-form :: preview";
	}

	/** One row again after its field or operator changed: operators and value input to suit. */
	@GetMapping("/row")
	String row(@RequestParam(defaultValue = "ACCOUNTS") String subject, @RequestParam(required = false) String field,
			@RequestParam(required = false) String operator, @RequestParam(required = false) String value, Model model,
			HttpServletResponse response) {
		model.addAttribute("row", SegmentRow.of(0, subject(subject), new SegmentForm.Row(field, operator, value), staff.active(), List.of()));
		response.addHeader("HX-Trigger", "segment-rows-changed");
		return "health/segments-form :: row";
	}

	/** A new empty row (to add, or to start over when the subject changes). */
	@GetMapping("/rows")
	String newRow(@RequestParam(defaultValue = "ACCOUNTS") String subject, Model model, HttpServletResponse response) {
		model.addAttribute("row", SegmentRow.of(0, subject(subject), new SegmentForm.Row(null, null, null), staff.active(), List.of()));
		response.addHeader("HX-Trigger", "segment-rows-changed");
		return "health/segments-form :: row";
	}

	private String form(Long id, SegmentForm form, List<FieldProblem> problems, Model model) {
		List<SegmentRow> rows = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			List<String> own = new ArrayList<>();
			for (FieldProblem p : problems) {
				Matcher m = ROW.matcher(p.field());
				if (m.find() && Integer.parseInt(m.group(1)) == i) {
					own.add(p.message());
				}
			}
			rows.add(SegmentRow.of(i, form.subject(), form.rows().get(i), staff.active(), own));
		}
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("rows", rows);
		model.addAttribute("problems", problems);
		model.addAttribute("subjects", SegmentSubject.values());
		return "health/segments-form";
	}

	private static SegmentSubject subject(String text) {
		return SegmentSubject.of(text) == null ? SegmentSubject.ACCOUNTS : SegmentSubject.of(text);
	}

	private static void manager(StaffPrincipal who) {
		if (!who.can(Role.MANAGER)) {
			throw new AccessDeniedException("only managers and admins change segments");
		}
	}
}
