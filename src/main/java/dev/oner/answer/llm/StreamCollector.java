package dev.oner.answer.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Receives one streamed completion on the HTTP client's threads and lets the asking thread wait for its first
 * token and its end, each with a time-out, which LangChain4j's streaming models do not offer themselves.
 */
final class StreamCollector implements StreamingChatResponseHandler {

    private final Consumer<String> tokens;
    private final StringBuilder text = new StringBuilder();
    private final CountDownLatch first = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile ChatResponse response;
    private volatile Throwable error;

    StreamCollector(Consumer<String> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void onPartialResponse(String partial) {
        onPartialResponse(new PartialResponse(partial), null);
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (cancelled) {
            if (context != null) {
                context.streamingHandle().cancel();
            }
            return;
        }
        synchronized (text) {
            text.append(partial.text());
        }
        first.countDown();
        tokens.accept(partial.text());
    }

    @Override
    public void onCompleteResponse(ChatResponse complete) {
        response = complete;
        first.countDown();
        done.countDown();
    }

    @Override
    public void onError(Throwable failure) {
        error = failure;
        first.countDown();
        done.countDown();
    }

    /** The whole completion, once it has arrived within both time-outs. */
    String await(Duration firstToken, Duration whole) throws ModelFailure {
        long started = System.nanoTime();
        try {
            if (!first.await(firstToken.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timeout("no first token within " + firstToken);
            }
            long left = whole.toNanos() - (System.nanoTime() - started);
            if (!done.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                throw timeout("the completion took longer than " + whole);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout("interrupted while waiting for the model");
        }
        if (error != null) {
            throw ModelFailure.of(error);
        }
        String streamed;
        synchronized (text) {
            streamed = text.toString();
        }
        if (streamed.isBlank() && response != null && response.aiMessage() != null) {
            streamed = response.aiMessage().text() == null
                    ? ""
                    : response.aiMessage().text();
        }
        if (streamed.isBlank()) {
            throw new ModelFailure(ModelFailure.EMPTY, "the model's completion was empty", null);
        }
        return streamed;
    }

    private ModelFailure timeout(String message) {
        // Further tokens are dropped, and the stream is cancelled at the next one.
        cancelled = true;
        return new ModelFailure(ModelFailure.TIMEOUT, message, null);
    }
}
