package io.tenure.accounts;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** What a user or a client says a person is: the input of create and update. */
public record PersonDetails(
		Long accountId,
		@Size(max = 200) String externalId,
		@Email @Size(max = 254) String email,
		@Size(max = 200) String name,
		@Size(max = 200) String title,
		PersonRole role,
		Instant firstSeenAt,
		Instant lastSeenAt,
		Map<String, Object> traits) {

	public PersonDetails {
		externalId = Text.clean(externalId);
		email = Text.clean(email);
		name = Text.clean(name);
		title = Text.clean(title);
		role = role == null ? PersonRole.USER : role;
		traits = traits == null ? Map.of() : traits;
	}

	@AssertTrue(message = "a person needs an external id (the Segment userId) or an email")
	public boolean isIdentified() {
		return externalId != null || email != null;
	}

	@AssertTrue(message = "lastSeenAt cannot be before firstSeenAt")
	public boolean isSeenInOrder() {
		return firstSeenAt == null || lastSeenAt == null || !lastSeenAt.isBefore(firstSeenAt);
	}
}
