package io.tenure.accounts.rest;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.accounts.Account;
import io.tenure.accounts.AccountChanges;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.AccountQuery;
import io.tenure.accounts.AccountState;
import io.tenure.accounts.AccountVersion;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Customer accounts, with the history of tier, lifecycle stage and owner")
class AccountsApi {

	private final Accounts accounts;
	private final AccountChanges changes;

	AccountsApi(Accounts accounts, AccountChanges changes) {
		this.accounts = accounts;
		this.changes = changes;
	}

	@GetMapping
	@Operation(summary = "List accounts", description = "Filters are optional; ownerId=0 lists accounts with no owner. "
			+ "sort: name, tier, stage, owner, customerSince, employees or updated; a leading '-' sorts descending.")
	Page<Account> list(@RequestParam(required = false) String q, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
		return accounts.search(new AccountQuery(q, tier, stage, ownerId, industry, country, sort, page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<Account> get(@PathVariable long id) {
		Account account = accounts.get(id);
		return ResponseEntity.ok().eTag("\"" + account.version() + "\"").body(account);
	}

	@GetMapping("/by-external-id/{externalId}")
	@Operation(summary = "Find an account by its external id (the Segment groupId)")
	Account byExternalId(@PathVariable String externalId) {
		return accounts.findByExternalId(externalId).orElseThrow(() -> new NotFoundException("Account with external id", externalId));
	}

	@GetMapping("/{id}/state")
	@Operation(summary = "Tier, lifecycle stage and owner as of a past date",
			description = "asOf is a date (the end of that day, UTC) or a timestamp; 404 when the account did not exist yet.")
	AccountState state(@PathVariable long id, @RequestParam String asOf) {
		return accounts.stateAsOf(id, AsOf.parse(asOf))
			.orElseThrow(() -> new NotFoundException("Account " + id + " as of", asOf + " (it did not exist yet)"));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every period of tier, lifecycle stage and owner, newest first")
	List<AccountVersion> history(@PathVariable long id) {
		return accounts.history(id);
	}

	@PostMapping
	@Operation(summary = "Create an account", description = "409 when the external id is taken.")
	ResponseEntity<Account> create(@Valid @RequestBody AccountDetails details, @AuthenticationPrincipal StaffPrincipal me) {
		Account created = changes.create(me, details);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).eTag("\"" + created.version() + "\"").body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an account's details",
			description = "Send If-Match with the ETag of a GET to be refused (409) if someone changed the account meanwhile.")
	ResponseEntity<Account> update(@PathVariable long id, @Valid @RequestBody AccountDetails details,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal StaffPrincipal me) {
		Account updated = changes.update(me, id, ETags.version(ifMatch), details);
		return ResponseEntity.ok().eTag("\"" + updated.version() + "\"").body(updated);
	}
}
