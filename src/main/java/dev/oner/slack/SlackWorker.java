package dev.oner.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the work behind a Slack request after the request is acknowledged: Slack waits three seconds for the
 * acknowledgement and retries when it does not get one.
 */
final class SlackWorker {

    private static final Logger log = LoggerFactory.getLogger(SlackWorker.class);

    private final Executor executor;

    SlackWorker(Executor executor) {
        this.executor = executor;
    }

    /** Queues the task; false when every worker is busy and the queue is full, so the caller can say so. */
    boolean submit(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Slack: {} failed", what, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("Slack: too busy, dropped {}", what);
            return false;
        }
    }
}
