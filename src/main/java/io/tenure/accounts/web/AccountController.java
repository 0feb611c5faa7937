package io.tenure.accounts.web;

import java.util.Arrays;


import io.tenure.accounts.Account;
import io.tenure.accounts.AccountChanges;
import io.tenure.accounts.AccountEditPolicy;
import io.tenure.accounts.AccountQuery;
import io.tenure.accounts.AccountTeams;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.People;
import io.tenure.accounts.TeamRole;
import io.tenure.accounts.Tier;
import io.tenure.accounts.Traits;
import io.tenure.identity.StaffPrincipal;
import io.tenure.identity.StaffUsers;
import io.tenure.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account list (one handler for the full page and for the htmx partial that filtering, sorting
 * and paging swap in), the account page, and the account form.
 */
@Controller
class AccountController {

	private final Accounts accounts;
	private final AccountChanges changes;
	private final AccountEditPolicy policy;
	private final AccountTeams teams;
	private final People people;
	private final StaffUsers staff;
	private final Traits traits;
	private final Validator validator;

	AccountController(Accounts accounts, AccountChanges changes, AccountEditPolicy policy, AccountTeams teams, People people,
			StaffUsers staff, Traits traits, Validator validator) {
		this.accounts = accounts;
		this.changes = changes;
		this.policy = policy;
		this.teams = teams;
		this.people = people;
		this.staff = staff;
		this.traits = traits;
		this.validator = validator;
	}

	@GetMapping("/accounts")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
			@AuthenticationPrincipal StaffPrincipal me, Model model, HttpServletResponse response) {
		var query = new AccountQuery(q, tier, stage, owner, industry, country, sort, page, 25);
		model.addAttribute("query", query);
		model.addAttribute("results", accounts.search(query));
		response.addHeader("Vary", "HX-Request");
		if (htmx != null && restore == null) {
			return "accounts/list :: results";
		}
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("owners", staff.all());
		model.addAttribute("industries", accounts.industries());
		model.addAttribute("countries", accounts.countries());
		model.addAttribute("canCreate", policy.canCreate(me));
		return "accounts/list";
	}

	@GetMapping("/accounts/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Account account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("traitsJson", traits.format(account.traits()));
		model.addAttribute("team", teams.members(id));
		model.addAttribute("people", people.search(null, id, null, 0, 50));
		model.addAttribute("history", accounts.history(id));
		model.addAttribute("canEdit", policy.canEdit(me, id));
		model.addAttribute("canReassign", policy.canReassignOwner(me));
		model.addAttribute("teamRoles", policy.canReassignOwner(me) ? TeamRole.values()
				: Arrays.stream(TeamRole.values()).filter(r -> r != TeamRole.CSM).toArray(TeamRole[]::new));
		model.addAttribute("staff", staff.active());
		return "accounts/show";
	}

	@GetMapping("/accounts/new")
	String createForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		if (!policy.canCreate(me)) {
			throw new AccessDeniedException("read-only role");
		}
		var form = new AccountForm();
		form.setOwnerId(me.id());
		return form(model, form, null, me);
	}

	@PostMapping("/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, @AuthenticationPrincipal StaffPrincipal me,
			Model model, RedirectAttributes redirect) {
		if (!policy.canCreate(me)) {
			throw new AccessDeniedException("read-only role");
		}
		Account created = FormErrors.save(result, validator, () -> form.details(traits), details -> changes.create(me, details));
		if (created == null) {
			return form(model, form, null, me);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/accounts/" + created.id();
	}

	@GetMapping("/accounts/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Account account = accounts.get(id);
		if (!policy.canEdit(me, id)) {
			throw new AccessDeniedException("not in the account team");
		}
		return form(model, AccountForm.of(account, traits), account, me);
	}

	@PostMapping("/accounts/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		Account account = accounts.get(id);
		if (!policy.canEdit(me, id)) {
			throw new AccessDeniedException("not in the account team");
		}
		Account saved = FormErrors.save(result, validator, () -> form.details(traits),
				details -> changes.update(me, id, form.getVersion(), details));
		if (saved == null) {
			return form(model, form, account, me);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/accounts/" + id;
	}

	private String form(Model model, AccountForm form, Account account, StaffPrincipal me) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("owners", staff.active());
		model.addAttribute("canReassign", policy.canReassignOwner(me));
		return "accounts/form";
	}

	@PostMapping("/accounts/{id}/team")
	String addTeamMember(@PathVariable long id, @RequestParam long staffUserId, @RequestParam TeamRole role,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		try {
			changes.addTeamMember(me, id, staffUserId, role);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("teamError", e.getMessage());
		}
		return "redirect:/accounts/" + id + "#team";
	}

	@PostMapping("/accounts/{id}/team/remove")
	String removeTeamMember(@PathVariable long id, @RequestParam long staffUserId, @RequestParam TeamRole role,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		try {
			changes.removeTeamMember(me, id, staffUserId, role);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("teamError", e.getMessage());
		}
		return "redirect:/accounts/" + id + "#team";
	}
}
