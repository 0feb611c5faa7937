package io.tenure.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The EN / RU links of every page: the page as it is (path and query, so filters and views survive)
 * with only the language changed.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return Map.of("en", link(request, "en"), "ru", link(request, "ru"));
	}

	private static String link(HttpServletRequest request, String language) {
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
			.replaceQueryParam("lang", language).build().toUriString();
	}
}
