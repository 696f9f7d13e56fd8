package dev.oner.ops;

/** Which way a request came in, by its path: a low-cardinality tag for the request metrics. */
final class Channels {

    private Channels() {}

    static String of(String path) {
        if (path == null) {
            return "other";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/slack/")) {
            return "slack";
        }
        if (path.startsWith("/actuator")) {
            return "operations";
        }
        return "web";
    }
}
