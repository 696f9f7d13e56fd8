package dev.oner.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Bolt's servlet, with its refusals in the same problem-detail shape as the rest of the app. Bolt reads and parses
 * a request before it checks the request's signature, so anyone can send a body it cannot decode or parse, or JSON
 * without the parts its type needs; Bolt lets that escape as a 500, which is answered here as the 400 it is. Bolt's
 * own refusals (401 for a bad signature, 400 for an unknown payload) are plain text or Slack's JSON; they become
 * problem details with the same status.
 */
final class SlackEndpointServlet extends SlackAppServlet {

    SlackEndpointServlet(App app) {
        super(app);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var captured = new CapturedResponse(response);
        try {
            super.doPost(request, captured);
        } catch (RuntimeException unreadable) {
            // Bolt's servlet catches what its app throws (a 500 status); what escapes it comes from reading and
            // parsing the payload: bad JSON, or JSON without the parts its type needs ({"type":"event_callback"}
            // and no event), which Bolt's parser meets as a NullPointerException or IllegalStateException.
            captured.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (captured.status >= 400) {
            response.reset();
            response.setStatus(captured.status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem(captured.status));
            return;
        }
        response.setStatus(captured.status);
        if (captured.contentType != null) {
            response.setContentType(captured.contentType);
        }
        response.getWriter().write(captured.body.toString());
    }

    private static String problem(int status) {
        String title = status == 401 ? "Unauthorized" : status == 400 ? "Bad Request" : "Refused";
        String detail = status == 401
                ? "The request is not signed by Slack."
                : "The request is not a Slack payload this app accepts.";
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    /** Holds Bolt's status, type and body until it is known whether they are a refusal. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final StringWriter body = new StringWriter();
        private int status = HttpServletResponse.SC_OK;
        private String contentType;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
        }

        @Override
        public void setContentType(String type) {
            this.contentType = type;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(body);
        }
    }
}
