package dev.oner.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oner.conversation.ConversationFullException;
import dev.oner.conversation.ConversationNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The problem details the API answers with when it refuses or fails, built in one place so the REST reply, the
 * stream's error event and the filters say the same thing.
 */
final class Problems {

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail unknownConversation(ConversationNotFoundException e) {
        return of(HttpStatus.NOT_FOUND, "Unknown conversation", e.getMessage());
    }

    static ProblemDetail conversationFull(ConversationFullException e) {
        return of(HttpStatus.CONFLICT, "Conversation full", e.getMessage());
    }

    static ProblemDetail storageUnavailable() {
        return of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Storage unavailable",
                "Conversations cannot be read or saved right now. Nothing was recorded; please try again shortly.");
    }

    static ProblemDetail internalError() {
        return of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on our side. Please try again.");
    }

    /**
     * Writes a problem straight to the response, for filters that refuse before Spring MVC sees the request. Its
     * {@code instance} is the request's path, as Spring MVC sets it on the problems it writes.
     */
    static void write(
            HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, ObjectMapper json)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
