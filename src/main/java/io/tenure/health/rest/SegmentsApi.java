package io.tenure.health.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.health.Segment;
import io.tenure.health.SegmentCondition;
import io.tenure.health.SegmentDefinition;
import io.tenure.health.SegmentField;
import io.tenure.health.SegmentFields;
import io.tenure.health.SegmentMember;
import io.tenure.health.SegmentMembers;
import io.tenure.health.SegmentOperator;
import io.tenure.health.SegmentSubject;
import io.tenure.health.Segments;
import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.Page;

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
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "Saved filters over accounts or people: conditions on fields, signals, scores and indicators, with live counts")
class SegmentsApi {

	static final int MAX_PAGE_SIZE = 200;

	record SegmentView(long id, String name, SegmentSubject subject, SegmentDefinition.Match match, List<SegmentCondition> conditions,
			Long count, Instant updatedAt) {
	}

	record MembersView(long segmentId, SegmentSubject subject, long total, int page, int size, List<SegmentMember> items) {
	}

	record FieldView(String key, SegmentField.Type type, List<String> operators, List<String> values) {
	}

	private final Segments segments;
	private final SegmentMembers members;

	SegmentsApi(Segments segments, SegmentMembers members) {
		this.segments = segments;
		this.members = members;
	}

	@GetMapping
	@Operation(summary = "Every segment with its member count now")
	List<SegmentView> list() {
		List<Segment> all = segments.all();
		Map<Long, Long> counts = members.counts(all);
		return all.stream().map(s -> view(s, counts.get(s.id()))).toList();
	}

	@GetMapping("/fields")
	@Operation(summary = "The fields a condition can test, with their operators and known values",
			description = "subject=ACCOUNTS (default) or PEOPLE.")
	List<FieldView> fields(@RequestParam(defaultValue = "ACCOUNTS") SegmentSubject subject) {
		return SegmentFields.of(subject).stream()
			.map(f -> new FieldView(f.key(), f.type(), f.operators().stream().map(SegmentOperator::token).toList(), f.choices()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One segment with its member count now")
	SegmentView get(@PathVariable long id) {
		Segment segment = segments.get(id);
		return view(segment, members.counts(List.of(segment)).get(id));
	}

	@PostMapping
	@Operation(summary = "Create a segment (managers)", description = """
			{"name": "Key accounts with falling logins", "subject": "ACCOUNTS", "match": "ALL", "conditions": [
			{"field": "tier", "operator": "is", "value": "KEY"}, {"field": "login_trend", "operator": "<=", "value": -30}]}.
			Checked whole: any problem is a 400 naming each field to fix (conditions[1].value), and nothing is stored.""")
	ResponseEntity<SegmentView> create(@RequestBody SegmentDefinition definition, @AuthenticationPrincipal StaffPrincipal who) {
		manager(who);
		Segment saved = segments.save(null, definition, who.id());
		return ResponseEntity.created(URI.create("/api/v1/segments/" + saved.id()))
			.body(view(saved, members.counts(List.of(saved)).get(saved.id())));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a segment's definition (managers)", description = "As create; a refused definition leaves the previous in force.")
	SegmentView update(@PathVariable long id, @RequestBody SegmentDefinition definition, @AuthenticationPrincipal StaffPrincipal who) {
		manager(who);
		Segment saved = segments.save(id, definition, who.id());
		return view(saved, members.counts(List.of(saved)).get(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a segment (managers)")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal who) {
		manager(who);
		segments.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The segment's members now, with their key figures",
			description = "Accounts lowest health first, people by name; page from 0, size up to 200.")
	MembersView members(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		paging(page, size);
		Segment segment = segments.get(id);
		Page<SegmentMember> found = members.page(segment.definition(), page, size);
		return new MembersView(id, segment.subject(), found.total(), page, size, found.items());
	}

	@PostMapping("/preview")
	@Operation(summary = "Count an unsaved definition and show its first members", description = "For a filter builder; the name may be left out.")
	SegmentMembers.Preview preview(@RequestBody SegmentDefinition definition, @RequestParam(defaultValue = "10") int size) {
		paging(0, size);
		return members.preview(definition, size);
	}

	private static void paging(int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "pages count from 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "give a size from 1 to " + MAX_PAGE_SIZE);
		}
	}

	private static void manager(StaffPrincipal who) {
		if (!who.can(Role.MANAGER)) {
			throw new AccessDeniedException("only managers and admins change segments");
		}
	}

	private static SegmentView view(Segment s, Long count) {
		return new SegmentView(s.id(), s.name(), s.subject(), s.definition().match(), s.definition().conditions(), count, s.updatedAt());
	}
}
