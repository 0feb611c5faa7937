package io.tenure.accounts.web;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.validation.BindingResult;

/**
 * Puts the domain's verdicts beside the fields of a form: bean validation of the details, then the
 * rules and conflicts the repositories report.
 */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Builds the details from the form, validates them and applies the change; returns null, with the
	 * errors beside their fields, when the form was not valid or the change was refused.
	 */
	static <D, R> R save(BindingResult result, Validator validator, Supplier<D> details, Function<D, R> change) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			D input = details.get();
			validate(validator, input, result);
			return result.hasErrors() ? null : change.apply(input);
		}
		catch (InvalidInputException e) {
			add(e, result);
		}
		catch (ConflictException e) {
			add(e, result);
		}
		return null;
	}

	static <T> void validate(Validator validator, T details, BindingResult result) {
		Set<ConstraintViolation<T>> violations = validator.validate(details);
		for (ConstraintViolation<T> violation : violations) {
			String field = violation.getPropertyPath().toString();
			if (field.startsWith("identified") || field.startsWith("seenInOrder")) {
				result.reject("invalid", violation.getMessage());
			}
			else if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, "invalid", violation.getMessage());
			}
		}
	}

	private static void add(InvalidInputException e, BindingResult result) {
		e.problems().forEach(p -> reject(result, p.field(), p.message()));
	}

	private static void add(ConflictException e, BindingResult result) {
		reject(result, e.field(), e.getMessage());
	}

	/** Fields the forms carry but do not show: their errors are shown above the form. */
	private static final Set<String> HIDDEN = Set.of("version", "accountId");

	private static void reject(BindingResult result, String field, String message) {
		if (field != null && !HIDDEN.contains(field) && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
			result.rejectValue(field, "invalid", message);
		}
		else {
			result.reject("invalid", message);
		}
	}
}
