package io.tenure.accounts.web;

import io.tenure.accounts.Account;
import io.tenure.accounts.AccountChanges;
import io.tenure.accounts.AccountEditPolicy;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.People;
import io.tenure.accounts.Person;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Traits;
import io.tenure.identity.StaffPrincipal;
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

/** People across all accounts (search), a person's page, and the person form. */
@Controller
class PeopleController {

	private final People people;
	private final Accounts accounts;
	private final AccountChanges changes;
	private final AccountEditPolicy policy;
	private final Traits traits;
	private final Validator validator;

	PeopleController(People people, Accounts accounts, AccountChanges changes, AccountEditPolicy policy, Traits traits,
			Validator validator) {
		this.people = people;
		this.accounts = accounts;
		this.changes = changes;
		this.policy = policy;
		this.traits = traits;
		this.validator = validator;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long account,
			@RequestParam(required = false) PersonRole role, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("account", account == null ? null : accounts.find(account).orElse(null));
		model.addAttribute("results", people.search(q, account, role, page, 25));
		model.addAttribute("roles", PersonRole.values());
		response.addHeader("Vary", "HX-Request");
		return htmx != null && restore == null ? "people/list :: results" : "people/list";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Person person = people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("traitsJson", traits.format(person.traits()));
		model.addAttribute("canEdit", person.accountId() == null ? policy.canCreate(me) : policy.canEdit(me, person.accountId()));
		return "people/show";
	}

	@GetMapping("/accounts/{accountId}/people/new")
	String createForm(@PathVariable long accountId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Account account = accounts.get(accountId);
		requireEdit(me, accountId);
		var form = new PersonForm();
		form.setAccountId(accountId);
		return form(model, form, account, null);
	}

	@PostMapping("/accounts/{accountId}/people")
	String create(@PathVariable long accountId, @ModelAttribute("form") PersonForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		Account account = accounts.get(accountId);
		requireEdit(me, accountId);
		form.setAccountId(accountId);
		Person created = FormErrors.save(result, validator, () -> form.details(traits, null),
				details -> changes.createPerson(me, details));
		if (created == null) {
			return form(model, form, account, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/people/" + created.id();
	}

	@GetMapping("/people/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Person person = people.get(id);
		requireEdit(me, person);
		Account account = person.accountId() == null ? null : accounts.get(person.accountId());
		return form(model, PersonForm.of(person, traits), account, person);
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		Person person = people.get(id);
		requireEdit(me, person);
		form.setAccountId(person.accountId());
		Person saved = FormErrors.save(result, validator, () -> form.details(traits, person),
				details -> changes.updatePerson(me, id, form.getVersion(), details));
		if (saved == null) {
			return form(model, form, person.accountId() == null ? null : accounts.get(person.accountId()), person);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/people/" + id;
	}

	private void requireEdit(StaffPrincipal me, Person person) {
		if (person.accountId() == null ? !policy.canCreate(me) : !policy.canEdit(me, person.accountId())) {
			throw new AccessDeniedException("not in the account team");
		}
	}

	private void requireEdit(StaffPrincipal me, long accountId) {
		if (!policy.canEdit(me, accountId)) {
			throw new AccessDeniedException("not in the account team");
		}
	}

	private String form(Model model, PersonForm form, Account account, Person person) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("person", person);
		model.addAttribute("roles", PersonRole.values());
		return "people/form";
	}
}
