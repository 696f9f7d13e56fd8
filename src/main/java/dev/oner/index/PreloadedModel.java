package dev.oner.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The embedding model being opened on its own thread since the start ({@link ModelPreloader}). */
final class PreloadedModel {

    static final String BEAN = "dev.oner.index.preloadedModel";
    static final String PROPERTIES = "oner.index.model";

    private final EmbeddingModelProperties properties;
    private final FutureTask<EmbeddingModel> loading;

    private PreloadedModel(EmbeddingModelProperties properties) {
        this.properties = properties;
        // On the caller's thread: a question is one short text, and with two cores a pool only adds a hand-off
        // (measured 9.3 ms a question with LangChain4j's default pool, 8.8 ms without).
        this.loading = new FutureTask<>(() -> new OnnxEmbeddingModel(Runnable::run, properties));
    }

    static PreloadedModel start(EmbeddingModelProperties properties) {
        var preloaded = new PreloadedModel(properties);
        Thread thread = new Thread(preloaded.loading, "model-preload");
        // A start that fails elsewhere does not wait for the model to finish loading before the JVM exits.
        thread.setDaemon(true);
        thread.start();
        return preloaded;
    }

    /** The model opened with these settings: the preloaded one when they are the ones it was started with. */
    EmbeddingModel model(EmbeddingModelProperties wanted) {
        if (!wanted.equals(properties)) {
            return new OnnxEmbeddingModel(Runnable::run, wanted);
        }
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedding model was loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the embedding model failed to load", e.getCause());
        }
    }
}
