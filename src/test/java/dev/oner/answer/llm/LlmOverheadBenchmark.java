package dev.oner.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.oner.OfflineMode;
import dev.oner.OnerApplication;
import dev.oner.answer.llm.FakeModelServer.Reply;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.retrieval.SentenceRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Times what oner adds to a model's own latency, in process through {@link ChatService} (retrieval, prompts, the
 * HTTP round trip over loopback, parsing the stream; then the grounding check), against the loopback OpenAI server
 * streaming a grounded reply after a fixed delay. The server's own time to its first token, measured by the server,
 * is subtracted from the time the first token reaches oner's channel.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.oner.answer.llm.LlmOverheadBenchmark}
 */
public final class LlmOverheadBenchmark {

    private static final int WARMUP = 60;
    private static final int MEASURED = 300;
    private static final Duration MODEL_FIRST_TOKEN = Duration.ofMillis(50);
    private static final Duration MODEL_TOKEN_GAP = Duration.ofMillis(2);

    private LlmOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        OfflineMode.enforce();
        // The JDK's HttpServer leaves Nagle's algorithm on: each streamed token after the first then waits for the
        // client's delayed ACK, which added 40 ms to every first token measured here, a cost of the fake server
        // that no real model server has. Read once, when the server's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<String> questions = questions();
        try (FakeModelServer model = FakeModelServer.start();
                var context = new SpringApplicationBuilder(OnerApplication.class)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "logging.level.root=warn",
                                "spring.main.banner-mode=off",
                                "oner.slack.enabled=false",
                                "oner.llm.provider=openai",
                                "oner.llm.base-url=" + model.openAiUrl(),
                                "oner.llm.model=fake-model")
                        .run()) {
            // Copies the first sentence it was given, so that every answer passes the grounding check in full.
            model.byDefault(request -> Reply.text(request.sentence(1) + " [1]")
                    .after(MODEL_FIRST_TOKEN)
                    .everyToken(MODEL_TOKEN_GAP));
            ChatService chats = context.getBean(ChatService.class);
            for (int i = 0; i < WARMUP; i++) {
                chats.ask(null, questions.get(i % questions.size()));
            }
            model.reset();
            model.byDefault(request -> Reply.text(request.sentence(1) + " [1]")
                    .after(MODEL_FIRST_TOKEN)
                    .everyToken(MODEL_TOKEN_GAP));
            SentenceRetriever retriever = context.getBean(SentenceRetriever.class);
            long[] retrieval = new long[MEASURED];
            long[] starts = new long[MEASURED];
            long[] firsts = new long[MEASURED];
            long[] toFirstToken = new long[MEASURED];
            long[] afterLastToken = new long[MEASURED];
            int llm = 0;
            for (int i = 0; i < MEASURED; i++) {
                // The same question's retrieval just before, so that both see the same load on a shared machine.
                long retrievalStart = System.nanoTime();
                retriever.retrieve(questions.get(i % questions.size()));
                retrieval[i] = System.nanoTime() - retrievalStart;
                long[] first = {0};
                long[] last = {0};
                long start = System.nanoTime();
                ChatReply reply = chats.ask(null, questions.get(i % questions.size()), piece -> {
                    long now = System.nanoTime();
                    if (first[0] == 0) {
                        first[0] = now;
                    }
                    last[0] = now;
                });
                long end = System.nanoTime();
                toFirstToken[i] = first[0] - start;
                starts[i] = start;
                firsts[i] = first[0];
                afterLastToken[i] = end - last[0];
                llm += reply.mode().equals("llm") ? 1 : 0;
            }
            long[] serverFirstToken =
                    model.firstTokenNanos().stream().mapToLong(Long::longValue).toArray();
            long[] overhead = new long[MEASURED];
            long[] besidesRetrieval = new long[MEASURED];
            long[] beforeServer = new long[MEASURED];
            long[] afterServer = new long[MEASURED];
            List<long[]> timeline = model.timeline();
            for (int i = 0; i < MEASURED; i++) {
                overhead[i] = toFirstToken[i] - serverFirstToken[i];
                besidesRetrieval[i] = overhead[i] - retrieval[i];
                // The server runs in this process, so its clock is this one.
                beforeServer[i] = timeline.get(i)[0] - starts[i];
                afterServer[i] = firsts[i] - timeline.get(i)[1];
            }
            Arrays.sort(beforeServer);
            Arrays.sort(besidesRetrieval);
            Arrays.sort(afterServer);
            Arrays.sort(retrieval);
            // The model client alone: from handing it a request to the server reading it.
            model.reset();
            model.byDefault(request -> Reply.text("Hello. [1]"));
            StreamingChatModel streaming = context.getBean(LanguageModels.class).streaming();
            long[] clientToServer = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                CountDownLatch done = new CountDownLatch(1);
                long start = System.nanoTime();
                streaming.chat(
                        ChatRequest.builder()
                                .messages(UserMessage.from("Hi " + i))
                                .build(),
                        new Handler(done));
                done.await();
                clientToServer[i] = model.timeline().get(i)[0] - start;
            }
            Arrays.sort(clientToServer);
            Arrays.sort(overhead);
            Arrays.sort(afterLastToken);
            Arrays.sort(serverFirstToken);
            System.out.printf(
                    "%d questions asked %d times after %d warm-up turns; %d answers passed the check (mode llm);"
                            + " %d processors%n",
                    questions.size(),
                    MEASURED,
                    WARMUP,
                    llm,
                    Runtime.getRuntime().availableProcessors());
            report("model's own time to first token", serverFirstToken);
            report("oner's time to first token, less model's", overhead);
            report("  of which: question in to request at model", beforeServer);
            report("  of which: first token sent to channel", afterServer);
            report("  for comparison: retrieval alone", retrieval);
            report("  the same less its retrieval (paired)", besidesRetrieval);
            report("  for comparison: model client to server", clientToServer);
            report("oner after the last token (check, reply)", afterLastToken);
        }
    }

    private record Handler(CountDownLatch done) implements StreamingChatResponseHandler {
        @Override
        public void onCompleteResponse(ChatResponse response) {
            done.countDown();
        }

        @Override
        public void onError(Throwable error) {
            done.countDown();
        }
    }

    // The machine is shared: the figures mean little without how busy it was.
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(
                "%-42s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                what, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static List<String> questions() throws Exception {
        try (InputStream in = LlmOverheadBenchmark.class.getResourceAsStream("/eval/holdout-questions.json")) {
            List<String> questions = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(in).get("items")) {
                questions.add(item.get("question").asText());
            }
            return questions;
        }
    }
}
