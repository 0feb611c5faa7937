package io.tenure.health.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tenure.health.ScoreValidation;
import io.tenure.health.ScoreValidations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health")
class ValidationApi {

	private final ScoreValidations validations;

	ValidationApi(ScoreValidations validations) {
		this.validations = validations;
	}

	@GetMapping("/api/v1/health/validation")
	@Operation(summary = "How well the health score predicted churn", description = "Over the kept daily scores (one as-of day a "
			+ "week, each computed from what was known then): churn in the following 90 days by band, the score's ROC AUC, and "
			+ "how many days before churning accounts turned red.")
	ScoreValidation validation() {
		return validations.validate();
	}
}
