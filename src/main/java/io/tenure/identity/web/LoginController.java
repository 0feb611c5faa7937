package io.tenure.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import io.tenure.identity.bootstrap.WorkspaceSetup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final WorkspaceSetup setup;

	LoginController(WorkspaceSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
		model.addAttribute("preparing", setup.preparing());
		return loggedIn ? "redirect:/" : "login";
	}
}
