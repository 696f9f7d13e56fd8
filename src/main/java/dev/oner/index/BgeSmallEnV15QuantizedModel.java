package dev.oner.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * LangChain4j's {@link BgeSmallEnV15QuantizedEmbeddingModel}, the same ONNX model and tokenizer from the same
 * artifact, with one thing stated that the artifact leaves out: the model's input limit, 512 tokens, in the
 * tokenizer's truncation settings. Without it DJL's tokenizer warns at every start that "maxLength is not
 * explicitly specified" and falls back to that same 512. LangChain4j splits long texts below the limit before
 * tokenizing, so the setting never cuts a text: vectors are the same as the artifact's own class gives.
 */
final class BgeSmallEnV15QuantizedModel extends AbstractInProcessEmbeddingModel {

    // BERT's position embeddings: the longest input bge-small-en-v1.5 takes.
    static final int MAX_TOKENS = 512;

    private static final int DIMENSION = 384;
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeSmallEnV15QuantizedModel(Executor executor) {
        super(executor);
        try (InputStream model = resource(MODEL);
                InputStream tokenizer = new ByteArrayInputStream(withTruncation(resource(TOKENIZER)))) {
            // CLS pooling, as the artifact's own class uses for BGE.
            this.encoder = new OnnxBertBiEncoder(model, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL + " from its LangChain4j artifact", e);
        }
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

    private static InputStream resource(String name) throws IOException {
        InputStream stream = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (stream == null) {
            throw new IOException(name + " is not on the class path");
        }
        return stream;
    }
}
