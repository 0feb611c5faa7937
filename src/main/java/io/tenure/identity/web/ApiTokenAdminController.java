package io.tenure.identity.web;

import io.tenure.identity.Role;
import io.tenure.identity.StaffPrincipal;
import io.tenure.identity.StaffUsers;
import io.tenure.identity.tokens.ApiTokens;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin > API tokens: create (the secret is shown once), list, revoke. */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

	private final ApiTokens tokens;
	private final StaffUsers staff;

	ApiTokenAdminController(ApiTokens tokens, StaffUsers staff) {
		this.tokens = tokens;
		this.staff = staff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("staff", staff.active());
		return "identity/tokens";
	}

	@PostMapping
	String create(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) Long actsFor,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		if (name == null || name.isBlank() || name.length() > 120) {
			redirect.addFlashAttribute("tokenError", "name: must be 1 to 120 characters");
			return "redirect:/admin/tokens";
		}
		long staffId = actsFor == null ? me.id() : actsFor;
		var member = staff.find(staffId).filter(m -> m.active());
		if (member.isEmpty()) {
			redirect.addFlashAttribute("tokenError", "actsFor: there is no active staff user with id " + staffId);
			return "redirect:/admin/tokens";
		}
		if (!member.get().role().includes(role)) {
			redirect.addFlashAttribute("tokenError", "role: " + member.get().displayName() + " is " + member.get().role()
					+ "; a token acting for them cannot be " + role);
			return "redirect:/admin/tokens";
		}
		redirect.addFlashAttribute("newToken", tokens.create(name.trim(), role, staffId, me.id()));
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id) {
		tokens.revoke(id);
		return "redirect:/admin/tokens";
	}
}
