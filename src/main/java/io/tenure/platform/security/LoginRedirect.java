package io.tenure.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a browser without a session to the login page. An htmx request (a filter change after the
 * session expired) gets 401 with HX-Redirect, so the whole page goes to the login form instead of
 * the login form landing inside the account table.
 */
class LoginRedirect implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, jakarta.servlet.ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		page.commence(request, response, e);
	}
}
