package io.tenure.platform.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tenure.platform.ConflictException;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;
import io.tenure.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API is an RFC 9457 problem detail; invalid input names its fields in
 * {@code errors}. Nothing the client sends produces a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		List<FieldProblem> errors = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.getMessage()));
		return problem(HttpStatus.CONFLICT, e.getMessage(), errors);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
		String message = "'" + e.getValue() + "' is not a valid " + expected;
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter " + e.getName() + ": " + message,
				List.of(new FieldProblem(e.getName(), message)));
	}

	/** A duplicate is a conflict; any other value the database refuses is bad input. Its SQL stays in the log. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		log.info("Rejected by the database: {}", e.getMostSpecificCause().getMessage());
		if (e instanceof org.springframework.dao.DuplicateKeyException) {
			return problem(HttpStatus.CONFLICT, "The request conflicts with stored data (a duplicate).", List.of());
		}
		return problem(HttpStatus.BAD_REQUEST, StoredValues.REFUSED, List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Your role does not allow this: " + e.getMessage(), List.of());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error in the API", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = e.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = List.of();
		String detail = "The request body is not valid JSON.";
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			errors = List.of(new FieldProblem(field, "unknown field"));
			detail = "Unknown field '" + field + "'.";
		}
		else if (e.getCause() instanceof InvalidFormatException format) {
			String field = path(format);
			String message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
			errors = List.of(new FieldProblem(field, message));
			detail = "Invalid value for " + field + ": " + message;
		}
		else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = path(mapping);
			errors = List.of(new FieldProblem(field, "has the wrong type"));
			detail = "Field '" + field + "' has the wrong type.";
		}
		else if (e.getCause() == null) {
			detail = "The request body is missing.";
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail, errors));
	}

	private static String path(JsonMappingException e) {
		return e.getPath().stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	private static String summary(List<FieldProblem> errors) {
		return "Invalid input: " + errors.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("");
	}

	static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		}
		return problem;
	}

	/**
	 * A request under /api that no controller takes (an unknown path, a method or media type the path
	 * does not support) fails before a handler is chosen, where the advice above does not apply: it is
	 * a problem detail too. Other requests go on to the error page.
	 */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class UnmappedApiRequests {

		@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
				HttpMediaTypeNotSupportedException.class })
		ResponseEntity<Object> unmapped(Exception e, HttpServletRequest request) throws Exception {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !(e instanceof ErrorResponse error)) {
				throw e;
			}
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
		}
	}
}
