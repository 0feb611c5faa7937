package io.tenure.accounts.rest;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.accounts.AccountChanges;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.People;
import io.tenure.accounts.Person;
import io.tenure.accounts.PersonDetails;
import io.tenure.accounts.PersonRole;
import io.tenure.identity.StaffPrincipal;
import io.tenure.platform.NotFoundException;
import io.tenure.platform.Page;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People", description = "People at customer accounts: the end users of the SaaS")
class PeopleApi {

	private final People people;
	private final Accounts accounts;
	private final AccountChanges changes;

	PeopleApi(People people, Accounts accounts, AccountChanges changes) {
		this.people = people;
		this.accounts = accounts;
		this.changes = changes;
	}

	@GetMapping("/api/v1/people")
	@Operation(summary = "Search people by name, email or external id, optionally at one account or in one role")
	Page<Person> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) PersonRole role, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return people.search(q, accountId, role, page, size);
	}

	@GetMapping("/api/v1/accounts/{accountId}/people")
	Page<Person> atAccount(@PathVariable long accountId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		accounts.get(accountId);
		return people.search(null, accountId, null, page, size);
	}

	@GetMapping("/api/v1/people/{id}")
	ResponseEntity<Person> get(@PathVariable long id) {
		Person person = people.get(id);
		return ResponseEntity.ok().eTag("\"" + person.version() + "\"").body(person);
	}

	@GetMapping("/api/v1/people/by-external-id/{externalId}")
	Person byExternalId(@PathVariable String externalId) {
		return people.findByExternalId(externalId).orElseThrow(() -> new NotFoundException("Person with external id", externalId));
	}

	@PostMapping("/api/v1/people")
	@Operation(summary = "Create a person", description = "Needs an external id or an email; 409 when the external id is taken.")
	ResponseEntity<Person> create(@Valid @RequestBody PersonDetails details, @AuthenticationPrincipal StaffPrincipal me) {
		Person created = changes.createPerson(me, details);
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).eTag("\"" + created.version() + "\"").body(created);
	}

	@PutMapping("/api/v1/people/{id}")
	ResponseEntity<Person> update(@PathVariable long id, @Valid @RequestBody PersonDetails details,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal StaffPrincipal me) {
		Person updated = changes.updatePerson(me, id, ETags.version(ifMatch), details);
		return ResponseEntity.ok().eTag("\"" + updated.version() + "\"").body(updated);
	}
}
