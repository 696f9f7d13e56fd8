package dev.oner.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Why a call to the model gave no usable completion, as a short tag for logs and metrics. */
final class ModelFailure extends Exception {

    static final String TIMEOUT = "timeout";
    static final String EMPTY = "empty-completion";

    private final String reason;

    ModelFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    static ModelFailure of(Throwable error) {
        return new ModelFailure(reasonFor(error), String.valueOf(error), error);
    }

    private static String reasonFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                int status = http.statusCode();
                return status == 429 ? "rate-limited" : status >= 500 ? "server-error" : "http-" + status;
            }
            if (cause instanceof RateLimitException) {
                return "rate-limited";
            }
            if (cause instanceof HttpTimeoutException
                    || cause instanceof dev.langchain4j.exception.TimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return TIMEOUT;
            }
            if (cause instanceof ConnectException
                    || cause instanceof UnresolvedAddressException
                    || cause instanceof UnresolvedModelServerException) {
                return "connection";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        // Anything else came from reading the reply: a body that is not the protocol's JSON.
        return "malformed-completion";
    }
}
