package io.tenure.platform.web;

import java.util.Map;

import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages: Tenure's own exceptions show their message on the error page; a value
 * the database refuses is a 400; an unexpected failure shows no internals, in HTML or in JSON.
 */
@Configuration(proxyBeanMethods = false)
class WebErrors {

	static final String UNEXPECTED = "An unexpected error occurred; it has been logged.";

	@Bean
	DefaultErrorAttributes errorAttributes() {
		return new DefaultErrorAttributes() {
			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				Map<String, Object> attributes = super.getErrorAttributes(request, options);
				if (attributes.get("status") instanceof Integer status && status >= 500) {
					attributes.put("message", UNEXPECTED);
				}
				return attributes;
			}
		};
	}

	/** After the API's handler, which takes every exception of a REST controller. */
	@ControllerAdvice(annotations = Controller.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Pages {

		private static final Logger log = LoggerFactory.getLogger(Pages.class);

		@ExceptionHandler(NotFoundException.class)
		ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
			return page(HttpStatus.NOT_FOUND, e.getMessage(), request);
		}

		@ExceptionHandler({ InvalidInputException.class, DataIntegrityViolationException.class })
		ModelAndView invalid(RuntimeException e, HttpServletRequest request) {
			if (e instanceof DataIntegrityViolationException) {
				log.info("Rejected by the database: {}", e.getMessage());
			}
			return page(HttpStatus.BAD_REQUEST, e instanceof InvalidInputException ? e.getMessage() : StoredValues.REFUSED, request);
		}

		@ExceptionHandler(ConflictException.class)
		ModelAndView conflict(ConflictException e, HttpServletRequest request) {
			return page(HttpStatus.CONFLICT, e.getMessage(), request);
		}

		private static ModelAndView page(HttpStatus status, String message, HttpServletRequest request) {
			var page = new ModelAndView("error", status);
			page.addObject("status", status.value());
			page.addObject("error", status.getReasonPhrase());
			page.addObject("message", message);
			page.addObject("path", request.getRequestURI());
			return page;
		}
	}
}
