package io.tenure.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** Turns a bearer token of the REST API into an authentication; implemented by the identity module. */
public interface ApiTokenVerifier {

	Optional<Authentication> verify(String token);
}
