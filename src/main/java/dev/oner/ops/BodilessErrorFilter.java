package dev.oner.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a problem detail to an error response that would otherwise have no body: some handlers only set a status
 * (Spring Boot's welcome page answers 406 to a client that does not accept HTML, the actuator a bare 404 for an
 * unknown metric), and an error whose problem detail cannot be written in a type the client accepts ends up empty.
 */
final class BodilessErrorFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    BodilessErrorFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var watched = new BodyWatchingResponse(response);
        chain.doFilter(request, watched);
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status != null
                && status.isError()
                && !watched.bodyStarted
                && !response.isCommitted()
                && !request.isAsyncStarted()
                && !"HEAD".equals(request.getMethod())) {
            ProblemResponses.write(response, status, status.getReasonPhrase() + ".", json);
        }
    }

    private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

        private boolean bodyStarted;

        BodyWatchingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int code) throws IOException {
            bodyStarted = true;
            super.sendError(code);
        }

        @Override
        public void sendError(int code, String message) throws IOException {
            bodyStarted = true;
            super.sendError(code, message);
        }
    }
}
