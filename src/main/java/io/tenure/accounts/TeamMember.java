package io.tenure.accounts;

/** A member of staff in an account team. The CSM is the account's owner. */
public record TeamMember(long staffUserId, String name, String email, TeamRole role) {
}
