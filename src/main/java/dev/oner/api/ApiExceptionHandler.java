package dev.oner.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.oner.conversation.ConversationFullException;
import dev.oner.conversation.ConversationNotFoundException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail that says what to fix. Spring's own handler covers the transport
 * errors (wrong content type, wrong method, unknown path); this adds readable texts for bad bodies, the domain's
 * exceptions, and a last resort that never shows a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String STORAGE_RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    ApiExceptionHandler(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ProblemDetail conversationNotFound(ConversationNotFoundException e) {
        return Problems.unknownConversation(e);
    }

    @ExceptionHandler(ConversationFullException.class)
    ProblemDetail conversationFull(ConversationFullException e) {
        return Problems.conversationFull(e);
    }

    // The pool gives up on a connection after its time-out and tries afresh on the next request, so the API
    // recovers by itself once the database is back.
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storageUnavailable(DataAccessException e) {
        log.warn(
                "Conversation storage unavailable: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, STORAGE_RETRY_AFTER_SECONDS)
                .body(Problems.storageUnavailable());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error answering a request", e);
        return Problems.internalError();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof RequestTooLargeException tooLarge) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
            problem.setTitle("Request too large");
            return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, "The request body is not valid JSON of the expected shape: " + whatIsWrong(e));
        problem.setTitle("Malformed request body");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    // Says where the body went wrong without quoting Jackson's messages, which name internal Java types.
    private String whatIsWrong(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            return "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ".";
        }
        if (cause instanceof MismatchedInputException mismatch
                && mismatch.getPath().isEmpty()) {
            return "expected a JSON object" + (mismatch.getMessage().contains("No content") ? ", got nothing." : ".");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() == null
                            ? "[" + reference.getIndex() + "]"
                            : reference.getFieldName())
                    .collect(Collectors.joining("."));
            return "'" + field + "' " + expected(targetType(mapping)) + ".";
        }
        if (cause == null) {
            return "the body is missing.";
        }
        return "it could not be read.";
    }

    private static Class<?> targetType(JsonMappingException mapping) {
        if (mapping instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** What the field takes, in JSON's words; an enum's values as they are written in JSON. */
    private String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type or form";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> json.convertValue(constant, String.class))
                            .map(value -> "'" + value + "'")
                            .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a JSON string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        return "has a value of the wrong type or form";
    }
}
