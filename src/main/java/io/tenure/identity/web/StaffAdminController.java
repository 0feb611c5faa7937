package io.tenure.identity.web;

import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffMember;
import io.tenure.identity.StaffUsers;
import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin > Staff: add members of staff, change their name and role, deactivate them, set a new password. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private final StaffUsers staff;
	private final Validator validator;

	StaffAdminController(StaffUsers staff, Validator validator) {
		this.staff = staff;
		this.validator = validator;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", staff.all());
		return "identity/staff";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, new StaffForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") StaffForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var member = new NewStaffMember(form.getEmail(), form.getDisplayName(), form.getRole(), form.getPassword());
		validator.validate(member).forEach(v -> result.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage()));
		if (!result.hasErrors()) {
			try {
				staff.create(member);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/staff";
			}
			catch (ConflictException e) {
				result.rejectValue("email", "duplicate", e.getMessage());
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), "invalid", p.message()));
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		StaffMember member = staff.get(id);
		return form(model, StaffForm.of(member), member);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StaffMember member = staff.get(id);
		if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
			result.rejectValue("displayName", "required", "must not be blank");
		}
		if (form.getRole() == null) {
			result.rejectValue("role", "required", "must not be null");
		}
		if (!result.hasErrors()) {
			try {
				staff.update(id, form.getDisplayName(), form.getRole(), form.isActive());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/staff";
			}
			catch (InvalidInputException e) {
				result.reject("invalid", e.problems().get(0).message());
			}
		}
		form.setEmail(member.email());
		return form(model, form, member);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		staff.get(id);
		try {
			staff.setPassword(id, password);
			redirect.addFlashAttribute("passwordSet", true);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("passwordError", e.getMessage());
		}
		return "redirect:/admin/staff/" + id;
	}

	private String form(Model model, StaffForm form, StaffMember member) {
		model.addAttribute("form", form);
		model.addAttribute("member", member);
		model.addAttribute("roles", Role.values());
		return "identity/staff-form";
	}
}
