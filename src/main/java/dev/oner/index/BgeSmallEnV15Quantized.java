package dev.oner.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import org.springframework.core.io.ClassPathResource;

/**
 * LangChain4j's bge-small-en-v1.5 (quantised) from its Maven artifact, with the ONNX session built here so that its
 * threads can be set: LangChain4j's own class opens the session with ONNX Runtime's defaults (a spinning thread
 * per core) and offers no way to change them, while {@link OnnxBertBiEncoder} accepts a session made elsewhere.
 * The model's bytes go through a direct buffer rather than a 34 MB array, so loading it needs no heap.
 */
final class BgeSmallEnV15Quantized extends AbstractInProcessEmbeddingModel {

    // The file names and pooling of LangChain4j's BgeSmallEnV15QuantizedEmbeddingModel, from the same artifact.
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private BgeSmallEnV15Quantized(OnnxBertBiEncoder encoder) {
        // On the caller's thread: a question is one short text, and with two cores a pool only adds a hand-off
        // (measured 9.3 ms a question with LangChain4j's default pool, 8.8 ms without).
        super(Runnable::run);
        this.encoder = encoder;
    }

    static BgeSmallEnV15Quantized load(EmbeddingModelProperties properties) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (var options = new OrtSession.SessionOptions();
                InputStream tokenizer = new ClassPathResource(TOKENIZER).getInputStream()) {
            options.setIntraOpNumThreads(properties.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", properties.spinWait() ? "1" : "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtSession session = environment.createSession(modelBytes(), options);
            return new BgeSmallEnV15Quantized(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
        } catch (OrtException e) {
            throw new IllegalStateException("Could not open the embedding model " + MODEL, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedding model's tokenizer " + TOKENIZER, e);
        }
    }

    private static ByteBuffer modelBytes() throws IOException {
        var resource = new ClassPathResource(MODEL);
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.toIntExact(resource.contentLength()));
        try (ReadableByteChannel channel = Channels.newChannel(resource.getInputStream())) {
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until the buffer is full
            }
        }
        return buffer.flip();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
