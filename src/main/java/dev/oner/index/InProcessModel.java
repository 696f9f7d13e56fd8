package dev.oner.index;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The in-process embedding models the app can answer with ({@code oner.index.model.name}), each as its LangChain4j
 * artifact ships it: the ONNX file and tokenizer in the artifact's jar, the pooling its own class uses, and the
 * prefix its model card prescribes for queries (LangChain4j adds none; passages take none for either model).
 */
enum InProcessModel {
    ALL_MINILM_L6_V2_Q(
            "all-minilm-l6-v2-q",
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            PoolingMode.MEAN,
            AllMiniLmL6V2QuantizedEmbeddingModel.class,
            ""),
    BGE_SMALL_EN_V15_Q(
            "bge-small-en-v1.5-q",
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            PoolingMode.CLS,
            BgeSmallEnV15QuantizedEmbeddingModel.class,
            "Represent this sentence for searching relevant passages: ");

    private final String modelName;
    private final String onnxFile;
    private final String tokenizerFile;
    private final PoolingMode pooling;
    private final Class<?> artifactClass;
    private final String queryPrefix;

    InProcessModel(
            String modelName,
            String onnxFile,
            String tokenizerFile,
            PoolingMode pooling,
            Class<?> artifactClass,
            String queryPrefix) {
        this.modelName = modelName;
        this.onnxFile = onnxFile;
        this.tokenizerFile = tokenizerFile;
        this.pooling = pooling;
        this.artifactClass = artifactClass;
        this.queryPrefix = queryPrefix;
    }

    static final String NAMES = "all-minilm-l6-v2-q|bge-small-en-v1.5-q";

    static InProcessModel named(String name) {
        return Arrays.stream(values())
                .filter(model -> model.modelName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no in-process embedding model is called '" + name
                        + "'; choose one of "
                        + Arrays.stream(values()).map(m -> m.modelName).collect(Collectors.joining(", "))));
    }

    String modelName() {
        return modelName;
    }

    String onnxFile() {
        return onnxFile;
    }

    String tokenizerFile() {
        return tokenizerFile;
    }

    PoolingMode pooling() {
        return pooling;
    }

    /** The artifact's own embedding class: its class loader finds the files its jar ships. */
    Class<?> artifactClass() {
        return artifactClass;
    }

    String queryPrefix() {
        return queryPrefix;
    }
}
