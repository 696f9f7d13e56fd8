package dev.oner.ops;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request that never reached the app (an undecodable or out-of-root URL, a header it cannot
 * parse): a problem detail instead of Tomcat's HTML page. A method Tomcat does not implement at all (CONNECT) is
 * refused as 405: the app serves no method Tomcat lacks, so it is the client's mistake, not a server error.
 */
final class ProblemReportValve extends ErrorReportValve {

    ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (code == HttpStatus.NOT_IMPLEMENTED.value()) {
            code = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(code);
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String detail = code == 400 ? "The request's address or headers are malformed." : title + ".";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                // Fixed texts only: nothing from the request is echoed, so there is nothing to escape.
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone; there is no one left to tell.
        }
    }
}
