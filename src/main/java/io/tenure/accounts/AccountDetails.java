package io.tenure.accounts;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a user or a client says an account is: the input of create and update. */
public record AccountDetails(
		@Size(max = 200) String externalId,
		@NotBlank @Size(max = 200) String name,
		@Size(max = 253) @Pattern(regexp = "^$|^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
				message = "must be a domain name such as example.com") String domain,
		@Size(max = 120) String industry,
		@PositiveOrZero @Max(10_000_000) Integer employees,
		@Pattern(regexp = "^$|^[A-Z]{2}$", message = "must be a two-letter ISO 3166 country code such as DE") String country,
		@Size(max = 120) String plan,
		@NotNull Tier tier,
		@NotNull LifecycleStage lifecycleStage,
		Long ownerId,
		LocalDate customerSince,
		LocalDate churnedAt,
		@Size(max = 1000) String churnReason,
		Map<String, Object> traits) {

	public AccountDetails {
		externalId = Text.clean(externalId);
		name = name == null ? null : name.trim();
		domain = Text.clean(domain) == null ? null : Text.clean(domain).toLowerCase(java.util.Locale.ROOT);
		industry = Text.clean(industry);
		country = Text.clean(country) == null ? null : Text.clean(country).toUpperCase(java.util.Locale.ROOT);
		plan = Text.clean(plan);
		churnReason = Text.clean(churnReason);
		traits = traits == null ? Map.of() : traits;
	}

	public AccountDetails withOwner(Long owner) {
		return new AccountDetails(externalId, name, domain, industry, employees, country, plan, tier, lifecycleStage, owner,
				customerSince, churnedAt, churnReason, traits);
	}
}
