package dev.oner.api;

import java.io.IOException;

/** A request body longer than the API accepts; thrown while the body is read, so it surfaces as a 413. */
class RequestTooLargeException extends IOException {

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
