package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OnnxEmbeddingModelTest {

    @Test
    void should_state_the_models_512_token_limit_in_the_tokenizers_truncation_settings() throws IOException {
        // given
        byte[] tokenizer = "{\"version\":\"1.0\",\"truncation\":null,\"model\":{\"type\":\"WordPiece\"}}"
                .getBytes(StandardCharsets.UTF_8);

        // when
        var patched =
                new ObjectMapper().readTree(OnnxEmbeddingModel.withTruncation(new ByteArrayInputStream(tokenizer)));

        // then
        assertThat(patched.at("/truncation/max_length").asInt()).isEqualTo(512);
        assertThat(patched.at("/truncation/strategy").asText()).isEqualTo("LongestFirst");
        assertThat(patched.at("/model/type").asText()).isEqualTo("WordPiece");
    }

    /**
     * Same model, same tokenizer but for a limit no text reaches, on the same CPU: the vectors agree (no cross-CPU
     * spread applies, both run here).
     */
    @Test
    void should_embed_as_langchain4js_own_bge_class_does() {
        assertSameVectors(
                new OnnxEmbeddingModel(InProcessModel.BGE_SMALL_EN_V15_Q, Runnable::run),
                new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
    }

    @Test
    void should_embed_as_langchain4js_own_minilm_class_does() {
        assertSameVectors(
                new OnnxEmbeddingModel(InProcessModel.ALL_MINILM_L6_V2_Q, Runnable::run),
                new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
    }

    @Test
    void should_name_the_models_it_knows_and_refuse_others() {
        assertThat(InProcessModel.named("all-minilm-l6-v2-q").queryPrefix()).isEmpty();
        assertThat(InProcessModel.named("bge-small-en-v1.5-q").queryPrefix()).startsWith("Represent this sentence");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> InProcessModel.named("gte-small"))
                .withMessageContaining("all-minilm-l6-v2-q");
    }

    private static void assertSameVectors(EmbeddingModel ours, EmbeddingModel theirs) {

        for (String text : new String[] {"How long is the one-shot sequence?", "a".repeat(3000)}) {
            // when
            var a = ours.embed(text).content();
            var b = theirs.embed(text).content();

            // then
            assertThat(ours.dimension()).isEqualTo(theirs.dimension());
            assertThat(CosineSimilarity.between(a, b)).isGreaterThan(0.9999);
        }
    }
}
