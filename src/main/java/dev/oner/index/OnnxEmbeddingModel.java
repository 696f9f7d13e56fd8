package dev.oner.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.concurrent.Executor;
import org.springframework.core.io.ClassPathResource;

/**
 * One of LangChain4j's in-process models ({@link InProcessModel}: all-minilm-l6-v2-q, bge-small-en-v1.5-q) as the
 * artifact's own class opens it, the same ONNX model, tokenizer and pooling from the same artifact, with one thing
 * stated that the artifact leaves out: the model's input limit, 512 tokens, in the
 * tokenizer's truncation settings. Without it DJL's tokenizer warns at every start that "maxLength is not
 * explicitly specified" and falls back to that same 512. LangChain4j splits long texts below the limit before
 * tokenizing, so the setting never cuts a text: vectors are the same as the artifact's own class gives.
 *
 * <p>The ONNX session is opened here too, so that its threads can be set: the artifact's class opens it with ONNX
 * Runtime's defaults (a spinning thread per core) and offers no way to change them, while {@link OnnxBertBiEncoder}
 * accepts a session made elsewhere. The model's bytes go through a direct buffer rather than a 23 or 34 MB array, so
 * loading it needs no heap.
 */
final class OnnxEmbeddingModel extends AbstractInProcessEmbeddingModel {

    // BERT's position embeddings: the longest input all-MiniLM-L6-v2 and bge-small-en-v1.5 take.
    static final int MAX_TOKENS = 512;

    // Both models give 384 dimensions.
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    OnnxEmbeddingModel(InProcessModel kind, Executor executor) {
        this(executor, new EmbeddingModelProperties(1, false, 0, kind.modelName()));
    }

    OnnxEmbeddingModel(Executor executor, EmbeddingModelProperties properties) {
        super(executor);
        InProcessModel kind = properties.kind();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (var options = new OrtSession.SessionOptions();
                InputStream tokenizer =
                        new ByteArrayInputStream(withTruncation(resource(kind, kind.tokenizerFile())))) {
            options.setIntraOpNumThreads(properties.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", properties.spinWait() ? "1" : "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtSession session = environment.createSession(modelBytes(kind), options);
            // The pooling the artifact's own class uses: mean for MiniLM, CLS for BGE.
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, kind.pooling());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kind.onnxFile() + " from its LangChain4j artifact", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open " + kind.onnxFile() + " in ONNX Runtime", e);
        }
    }

    private static ByteBuffer modelBytes(InProcessModel kind) throws IOException {
        var resource =
                new ClassPathResource(kind.onnxFile(), kind.artifactClass().getClassLoader());
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

    /** The tokenizer.json with Hugging Face's truncation block set to the model's limit. */
    static byte[] withTruncation(InputStream tokenizerJson) throws IOException {
        var json = new ObjectMapper();
        var tokenizer = (ObjectNode) json.readTree(tokenizerJson);
        tokenizer
                .putObject("truncation")
                .put("direction", "Right")
                .put("max_length", MAX_TOKENS)
                .put("strategy", "LongestFirst")
                .put("stride", 0);
        return json.writeValueAsBytes(tokenizer);
    }

    private static InputStream resource(InProcessModel kind, String name) throws IOException {
        InputStream stream = kind.artifactClass().getResourceAsStream("/" + name);
        if (stream == null) {
            throw new IOException(name + " is not on the class path");
        }
        return stream;
    }
}
