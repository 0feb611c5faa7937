package io.tenure.ingest.web;

import io.tenure.identity.StaffPrincipal;
import io.tenure.ingest.WriteKeys;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin > Write keys: one per data source; the secret is shown once. */
@Controller
@RequestMapping("/admin/write-keys")
class WriteKeyAdminController {

	private final WriteKeys keys;

	WriteKeyAdminController(WriteKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", keys.all());
		return "ingest/write-keys";
	}

	@PostMapping
	String create(@RequestParam String name, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		if (name == null || name.isBlank() || name.length() > 120) {
			redirect.addFlashAttribute("keyError", "name: must be 1 to 120 characters");
		}
		else {
			redirect.addFlashAttribute("newKey", keys.create(name.trim(), me.id()));
		}
		return "redirect:/admin/write-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id) {
		keys.revoke(id);
		return "redirect:/admin/write-keys";
	}
}
