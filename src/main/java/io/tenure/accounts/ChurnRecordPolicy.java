package io.tenure.accounts;

import java.util.ArrayList;
import java.util.List;

import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

/**
 * An account's churn record must agree with its stage: a churned account says when it churned, a
 * live one has no churn date, and nobody churns before becoming a customer.
 */
final class ChurnRecordPolicy {

	private ChurnRecordPolicy() {
	}

	static void check(AccountDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean churned = details.lifecycleStage() == LifecycleStage.CHURNED;
		if (churned && details.churnedAt() == null) {
			problems.add(new FieldProblem("churnedAt", "is required when the lifecycle stage is CHURNED"));
		}
		if (!churned && details.churnedAt() != null) {
			problems.add(new FieldProblem("churnedAt", "can only be set when the lifecycle stage is CHURNED"));
		}
		if (!churned && details.churnReason() != null) {
			problems.add(new FieldProblem("churnReason", "can only be set when the lifecycle stage is CHURNED"));
		}
		if (details.churnedAt() != null && details.customerSince() != null && details.churnedAt().isBefore(details.customerSince())) {
			problems.add(new FieldProblem("churnedAt", "cannot be before customerSince"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
