package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BgeSmallEnV15QuantizedModelTest {

    @Test
    void should_state_the_models_512_token_limit_in_the_tokenizers_truncation_settings() throws IOException {
        // given
        byte[] tokenizer = "{\"version\":\"1.0\",\"truncation\":null,\"model\":{\"type\":\"WordPiece\"}}"
                .getBytes(StandardCharsets.UTF_8);

        // when
        var patched = new ObjectMapper()
                .readTree(BgeSmallEnV15QuantizedModel.withTruncation(new ByteArrayInputStream(tokenizer)));

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
    void should_embed_as_langchain4js_own_class_does() {
        // given
        var ours = new BgeSmallEnV15QuantizedModel(Runnable::run);
        var theirs = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);

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
