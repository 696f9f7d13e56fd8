package dev.oner.conversation;

/**
 * Another instance stored a turn of the same conversation first (both took the same turn number). The turn is
 * answered again against the history that now includes the other one.
 */
class ConcurrentTurnException extends RuntimeException {

    ConcurrentTurnException(Throwable cause) {
        super("A turn with the same number was stored concurrently", cause);
    }
}
