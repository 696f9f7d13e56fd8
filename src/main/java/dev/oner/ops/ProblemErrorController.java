package dev.oner.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the errors that reach the servlet container's error page (a filter's {@code sendError}, a method the
 * servlet refuses, an exception no handler caught) as problem details, in place of Spring Boot's default, which
 * answers in a shape chosen by the {@code Accept} header and sometimes with no body at all. The error path asked
 * for directly is not an error: it is a 404.
 */
@Hidden // not part of the API: what the API's documentation describes is the errors' shape, on each operation
@RestController
final class ProblemErrorController implements ErrorController {

    private final ObjectMapper json;

    ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getDispatcherType() == DispatcherType.ERROR
                ? statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                : HttpStatus.NOT_FOUND;
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ProblemResponses.write(response, status, detail(status), json);
    }

    private static HttpStatus statusOf(Object code) {
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == HttpStatus.NOT_IMPLEMENTED) {
            // A servlet refusing a method it does not know (PROPFIND): the client's mistake, as in ProblemReportValve.
            return HttpStatus.METHOD_NOT_ALLOWED;
        }
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case BAD_REQUEST -> "The request is malformed.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Please try again.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
