package io.tenure.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot store a NUL character in text: a request parameter holding one is refused up
 * front, naming the parameter, instead of failing deep in a query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StoredValues extends OncePerRequestFilter {

	static final String REFUSED = "A value in the request cannot be stored (for example a NUL character, "
			+ "text that is too long, or a reference to something that does not exist).";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
					refuse(request, response, parameter.getKey().replace('\0', '?'));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
		String detail = "The parameter '" + name + "' contains a NUL character.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + detail
					.replace("\"", "\\\"") + "\",\"errors\":[{\"field\":\"" + name.replace("\"", "\\\"").replace("\\", "\\\\")
					+ "\",\"message\":\"contains a NUL character\"}]}");
			return;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
	}
}
