package io.tenure.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.platform.ApiTokenVerifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors: the JSON API under /api authenticates each request by a bearer API token and keeps no
 * session; the web UI uses form login with a session and CSRF protection. Roles nest: ADMIN over
 * MANAGER over CSM over VIEWER.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN").implies("MANAGER")
			.role("MANAGER").implies("CSM")
			.role("CSM").implies("VIEWER")
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenVerifier tokens, ObjectMapper json) throws Exception {
		var problems = new ProblemResponses(json);
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
				.anyRequest().hasRole("CSM"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.requestCache(cache -> cache.disable())
			.build();
	}

	/** The Segment-compatible tracking API checks its write keys itself. */
	@Bean
	@Order(0)
	SecurityFilterChain tracking(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v1/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, UserDetailsService users) throws Exception {
		return http
			.addFilterBefore(new CurrentStaffFilter(users), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().hasRole("VIEWER"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginRedirect()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.build();
	}
}
