package dev.oner.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.oner.Databases;
import dev.oner.OfflineMode;
import dev.oner.OnerApplication;
import dev.oner.PostgresServer;
import dev.oner.answer.Answerer;
import dev.oner.index.People;
import dev.oner.retrieval.FollowUpResolver;
import dev.oner.retrieval.SentenceRetriever;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A turn's latency with each conversation store: the in-memory store the database replaced, the embedded H2 file
 * (the default, as the app configures it) and PostgreSQL on loopback. The stores take turns call by call, so drift
 * on a busy machine falls on all alike. Three workloads: a question that starts a conversation; a follow-up in a
 * conversation that already has turns (reads the window, appends one turn); and that store work alone, without the
 * answering, which is the store's own cost and the steadiest figure on a shared machine.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.oner.conversation.StoreBenchmark}
 */
public final class StoreBenchmark {

    private static final int WARMUP = 100;
    private static final int MEASURED = 600;
    // Follow-ups go to one conversation until it holds this many turns, then to a new one: well under the cap.
    private static final int TURNS_PER_CONVERSATION = 100;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        OfflineMode.enforce();
        List<String> questions = questions();
        try (var context = new SpringApplicationBuilder(OnerApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--logging.level.root=warn",
                                "--spring.main.banner-mode=off",
                                "--oner.slack.enabled=false");
                var postgres = PostgresServer.start();
                var postgresPool = pool(postgres)) {
            SentenceRetriever retriever = context.getBean(SentenceRetriever.class);
            Answerer answerer = context.getBean(Answerer.class);
            Map<String, ConversationStore> stores = new LinkedHashMap<>();
            stores.put("in-memory (replaced)", new InMemoryConversationStore(10_000, Duration.ofHours(2)));
            stores.put("embedded H2 file (default)", context.getBean(ConversationStore.class));
            stores.put("PostgreSQL 15, loopback", jdbcStore(Databases.migrated(postgresPool)));
            Map<String, ChatService> services = new LinkedHashMap<>();
            stores.forEach((name, store) -> services.put(
                    name,
                    new ChatService(
                            store,
                            new FollowUpResolver(People.none()),
                            retriever,
                            answerer,
                            20,
                            500,
                            new SimpleMeterRegistry())));
            System.out.printf(
                    "%d questions, %d warm-up and %d measured turns per store and workload, %d processors%n",
                    questions.size(), WARMUP, MEASURED, Runtime.getRuntime().availableProcessors());
            report("new conversation", time(services, questions, false));
            report("follow-up in a conversation", time(services, questions, true));
            report("store work of a follow-up alone", timeStoreWork(stores, services));
        }
    }

    private static Map<String, long[]> time(
            Map<String, ChatService> services, List<String> questions, boolean followUps) {
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, String> conversations = new LinkedHashMap<>();
        services.keySet().forEach(name -> nanos.put(name, new long[MEASURED]));
        for (int i = -WARMUP; i < MEASURED; i++) {
            String question = questions.get(Math.floorMod(i, questions.size()));
            for (var service : services.entrySet()) {
                String conversation = null;
                if (followUps) {
                    conversation = conversations.get(service.getKey());
                    if (conversation == null || Math.floorMod(i, TURNS_PER_CONVERSATION) == 0) {
                        conversation = service.getValue().ask(null, question).conversationId();
                        conversations.put(service.getKey(), conversation);
                    }
                }
                long start = System.nanoTime();
                service.getValue().ask(conversation, question);
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    nanos.get(service.getKey())[i] = took;
                }
            }
        }
        nanos.values().forEach(Arrays::sort);
        return nanos;
    }

    // The same reads and writes a follow-up makes (the window, then one turn appended), on a turn answered once.
    private static Map<String, long[]> timeStoreWork(
            Map<String, ConversationStore> stores, Map<String, ChatService> services) {
        var codec = new TurnCodec();
        ChatReply answered = services.values().iterator().next().ask(null, "Who stars in the film?");
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, ConversationKey> conversations = new LinkedHashMap<>();
        stores.keySet().forEach(name -> nanos.put(name, new long[MEASURED]));
        for (int i = -WARMUP; i < MEASURED; i++) {
            for (var store : stores.entrySet()) {
                ConversationKey key = conversations.get(store.getKey());
                if (key == null || Math.floorMod(i, TURNS_PER_CONVERSATION) == 0) {
                    key = new ConversationKey(
                            Channel.WEB, java.util.UUID.randomUUID().toString());
                    conversations.put(store.getKey(), key);
                }
                long start = System.nanoTime();
                List<dev.langchain4j.data.message.ChatMessage> window =
                        store.getValue().recentMessages(key, 40);
                ChatReply turn = new ChatReply(
                        key.id(),
                        codec.lastTurn(window) + 1,
                        answered.question(),
                        answered.effectiveQuestion(),
                        answered.answer(),
                        answered.answered(),
                        answered.mode(),
                        answered.citations());
                store.getValue().append(key, codec.encode(turn));
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    nanos.get(store.getKey())[i] = took;
                }
            }
        }
        nanos.values().forEach(Arrays::sort);
        return nanos;
    }

    private static void report(String workload, Map<String, long[]> sorted) {
        double baseline = ms(sorted.values().iterator().next(), 0.50);
        System.out.println(workload + ":");
        sorted.forEach((store, nanos) -> System.out.printf(
                "  %-30s p50 %6.2f ms (%+5.2f ms)  p95 %6.2f ms  p99 %6.2f ms%n",
                store, ms(nanos, 0.50), ms(nanos, 0.50) - baseline, ms(nanos, 0.95), ms(nanos, 0.99)));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static JdbcConversationStore jdbcStore(javax.sql.DataSource dataSource) {
        return new JdbcConversationStore(
                JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new ObjectMapper(),
                Clock.systemUTC(),
                Duration.ofHours(2));
    }

    private static HikariDataSource pool(PostgresServer postgres) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername(postgres.user());
        return new HikariDataSource(config);
    }

    private static List<String> questions() throws Exception {
        try (InputStream in = StoreBenchmark.class.getResourceAsStream("/eval/holdout-questions.json")) {
            List<String> questions = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(in).get("items")) {
                questions.add(item.get("question").asText());
            }
            return questions;
        }
    }
}
