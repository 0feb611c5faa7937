package io.tenure.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to add a member of staff. */
public record NewStaffMember(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 120) String displayName,
		@NotNull Role role, @NotBlank @Size(min = StaffUsers.MIN_PASSWORD, max = StaffUsers.MAX_PASSWORD_BYTES) String password) {
}
