package dev.oner.answer.llm;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Passes a model's tokens on to a streaming channel while they are being written, except what must not be seen:
 * the no-answer reply (held back while the text could still be it) and anything after the text starts repeating a
 * prompt. After {@link #close()} nothing more is passed on, so a late token cannot follow an extractive answer.
 */
final class TokenRelay implements Consumer<String> {

    private final Consumer<String> progress;
    private final Prompts prompts;
    private final String noAnswer;
    private final StringBuilder text = new StringBuilder();
    private int passedOn;
    private boolean closed;

    TokenRelay(Consumer<String> progress, Prompts prompts, String noAnswer) {
        this.progress = progress;
        this.prompts = prompts;
        this.noAnswer = noAnswer.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized void accept(String token) {
        if (closed) {
            return;
        }
        text.append(token);
        String soFar = text.toString();
        String start = soFar.strip().toLowerCase(Locale.ROOT);
        if (noAnswer.startsWith(start) || start.startsWith(noAnswer)) {
            return;
        }
        // Only the tail can hold a new run of prompt words; the text before it was checked with earlier tokens.
        if (prompts.leaksInto(soFar.substring(Math.max(0, passedOn - 200)))) {
            closed = true;
            return;
        }
        try {
            progress.accept(soFar.substring(passedOn));
            passedOn = soFar.length();
        } catch (RuntimeException clientGone) {
            // The channel has gone (a closed stream); the answer is still written, checked and remembered.
            closed = true;
        }
    }

    /** Whether any of the model's text reached the channel. */
    synchronized boolean passedAny() {
        return passedOn > 0;
    }

    synchronized void close() {
        closed = true;
    }
}
