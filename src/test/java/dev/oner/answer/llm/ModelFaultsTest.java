package dev.oner.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.oner.OfflineMode;
import dev.oner.answer.Answer;
import dev.oner.answer.Answerer;
import dev.oner.answer.llm.FakeModelServer.Reply;
import dev.oner.chunking.ArticleChunks;
import dev.oner.index.People;
import dev.oner.retrieval.FollowUpResolver;
import dev.oner.retrieval.RetrievedSentence;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The generated answerer on its own, against a loopback model server: Ollama's NDJSON stream, a refused
 * connection, and the circuit breaker opening and closing.
 */
class ModelFaultsTest {

    static final List<String> SENTENCES = List.of(
            "The new bridge over the river is 240 metres long and carries two tram tracks and a cycle path.",
            "Construction took three years, and the second winter's flood delayed the work by four months.",
            "The engineers chose steel arches because they could be assembled on the bank and floated into place on"
                    + " barges.");
    static final String QUESTION = "How long is the bridge?";

    static ArticleChunks chunks;
    static List<RetrievedSentence> candidates;
    static Prompts prompts;
    static GroundingCheck check;

    final FakeModelServer server = FakeModelServer.start();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<String> fallbacks = new CopyOnWriteArrayList<>();

    /** Stands for the extractive answerer: records that it was asked. */
    final Answerer extractive = new Answerer() {
        @Override
        public Answer answer(String question, List<RetrievedSentence> found, Consumer<String> progress) {
            fallbacks.add(question);
            progress.accept("extractive");
            return Answer.abstention("extractive", "extractive");
        }

        @Override
        public String mode() {
            return "extractive";
        }
    };

    @BeforeAll
    static void article() {
        OfflineMode.enforce();
        TestArticle article = TestArticle.of(SENTENCES);
        chunks = article.chunks();
        candidates = article.retrieved();
        prompts = Prompts.load(new DefaultResourceLoader());
        check = new GroundingCheck(new AllMiniLmL6V2QuantizedEmbeddingModel(), prompts, 0.37);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static LlmProperties properties(String provider, String baseUrl, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of(
                "oner.llm.provider", provider,
                "oner.llm.base-url", baseUrl,
                "oner.llm.model", "fake-model",
                "oner.llm.first-token-timeout", "5s",
                "oner.llm.answer-timeout", "10s"));
        values.putAll(more);
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("oner.llm", LlmProperties.class);
    }

    GeneratedAnswerer answerer(LlmProperties properties, CircuitBreaker breaker) {
        return new GeneratedAnswerer(
                new LanguageModels(properties).streaming(),
                extractive,
                chunks,
                prompts,
                check,
                breaker,
                properties,
                "The article doesn't say.",
                meters);
    }

    static Reply grounded(FakeModelServer.Request request) {
        return Reply.text("The bridge is 240 metres long. [" + request.numberOf("240 metres") + "]");
    }

    @Test
    void should_answer_through_ollamas_streamed_chat() {
        LlmProperties properties = properties("ollama", server.ollamaUrl(), Map.of());
        server.then(ModelFaultsTest::grounded);
        List<String> tokens = new ArrayList<>();

        Answer answer =
                answerer(properties, CircuitBreaker.ofDefaults("test")).answer(QUESTION, candidates, tokens::add);

        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.text()).isEqualTo("The bridge is 240 metres long. [1]");
        assertThat(answer.citations().get(0).text()).isEqualTo(SENTENCES.get(0));
        assertThat(String.join("", tokens)).isEqualTo("The bridge is 240 metres long. [1]");
        assertThat(server.requests().get(0).path()).isEqualTo("/api/chat");
        assertThat(server.requests().get(0).stream()).isTrue();
    }

    @Test
    void should_rewrite_a_follow_up_through_ollamas_chat() {
        LlmProperties properties = properties("ollama", server.ollamaUrl(), Map.of());
        server.then(Reply.text("How long is the new bridge over the river?"));
        var rewriter = new ModelFollowUpRewriter(
                new CompressingQueryTransformer(new LanguageModels(properties).chat(), prompts.followUp()),
                new FollowUpResolver(People.none()),
                CircuitBreaker.ofDefaults("test"),
                prompts,
                meters);
        List<ChatMessage> history = List.of(UserMessage.from("What was built?"), AiMessage.from("A new bridge. [1]"));

        var rewritten = rewriter.transform(
                Query.from("How long is it?", Metadata.from(UserMessage.from("How long is it?"), "c", history)));

        assertThat(rewritten.iterator().next().text()).isEqualTo("How long is the new bridge over the river?");
        assertThat(server.requests().get(0).stream()).isFalse();
        assertThat(server.requests().get(0).user()).contains("User: What was built?", "How long is it?");
    }

    @Test
    void should_fall_back_at_once_when_the_connection_is_refused() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LlmProperties properties = properties("openai", "http://127.0.0.1:" + closedPort + "/v1", Map.of());
        List<String> tokens = new ArrayList<>();

        long started = System.nanoTime();
        Answer answer =
                answerer(properties, CircuitBreaker.ofDefaults("test")).answer(QUESTION, candidates, tokens::add);

        assertThat(answer.mode()).isEqualTo("extractive-fallback");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(tokens).containsExactly("extractive");
        assertThat(meters.counter(GeneratedAnswerer.FALLBACKS, "reason", "connection")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void should_stop_calling_a_failing_model_and_try_again_after_a_while() throws Exception {
        LlmProperties properties = properties(
                "openai",
                server.openAiUrl(),
                Map.of(
                        "oner.llm.breaker.sliding-window", "2",
                        "oner.llm.breaker.minimum-calls", "2",
                        "oner.llm.breaker.open-duration", "1s"));
        CircuitBreaker breaker = new LlmConfiguration().llmCircuitBreaker(properties);
        GeneratedAnswerer answerer = answerer(properties, breaker);
        server.byDefault(request -> Reply.status(500, Map.of()));

        answerer.answer(QUESTION, candidates, piece -> {});
        answerer.answer(QUESTION, candidates, piece -> {});
        Answer whileOpen = answerer.answer(QUESTION, candidates, piece -> {});

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(server.requests()).hasSize(2);
        assertThat(whileOpen.mode()).isEqualTo("extractive-fallback");
        assertThat(meters.counter(GeneratedAnswerer.FALLBACKS, "reason", "circuit-open")
                        .count())
                .isEqualTo(1);

        Thread.sleep(1_500);
        server.byDefault(ModelFaultsTest::grounded);
        Answer afterwards = answerer.answer(QUESTION, candidates, piece -> {});

        assertThat(afterwards.mode()).isEqualTo("llm");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void should_not_count_an_ungrounded_answer_against_the_model() {
        LlmProperties properties = properties(
                "openai",
                server.openAiUrl(),
                Map.of("oner.llm.breaker.sliding-window", "2", "oner.llm.breaker.minimum-calls", "2"));
        CircuitBreaker breaker = new LlmConfiguration().llmCircuitBreaker(properties);
        server.byDefault(request -> Reply.text("The bridge is 300 metres long. [1]"));

        for (int i = 0; i < 3; i++) {
            answerer(properties, breaker).answer(QUESTION, candidates, piece -> {});
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(fallbacks).hasSize(3);
    }
}
