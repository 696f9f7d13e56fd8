package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oner.AppInstance;
import dev.oner.PostgresServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged app on one real PostgreSQL server, as behind a load balancer: conversations,
 * feedback and Slack's event ids live in the database only, so either instance serves any request, a killed one
 * loses nothing it acknowledged, and a database outage is a clear 503 that ends by itself. Slack's Web API is the
 * loopback stand-in the Slack tests use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedDatabaseIT {

    private static final String SIGNING_SECRET = "shared-db-signing-secret-0123456789";
    private static final ObjectMapper json = new ObjectMapper();

    private static PostgresServer postgres;
    private static FakeSlack slack;
    private static AppInstance first;
    private static AppInstance second;

    @BeforeAll
    static void startInstancesOnOneDatabase() throws Exception {
        postgres = PostgresServer.start();
        slack = FakeSlack.start();
        Map<String, String> environment = Map.of(
                "ONER_DB_URL",
                postgres.jdbcUrl(),
                "ONER_DB_USERNAME",
                postgres.user(),
                "ONER_DB_PASSWORD",
                "",
                "SLACK_BOT_TOKEN",
                "xoxb-test-token",
                "SLACK_SIGNING_SECRET",
                SIGNING_SECRET,
                "SLACK_API_URL",
                slack.apiUrl(),
                "ONER_SLACK_WORKER_THREADS",
                "1");
        first = AppInstance.start("first", environment);
        second = AppInstance.start("second", environment);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, slack, postgres}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    @Order(1)
    void should_continue_on_one_instance_a_conversation_begun_on_the_other() throws Exception {
        // given
        JsonNode started = body(first.post("/api/chat", "{\"message\": \"Who stars in Extraction?\"}"));
        String id = started.get("conversationId").asText();

        // when
        HttpResponse<String> followUp = second.post(
                "/api/chat",
                json.writeValueAsString(Map.of("message", "What character does he play?", "conversationId", id)));
        HttpResponse<String> rated = first.post(
                "/api/feedback", json.writeValueAsString(Map.of("conversationId", id, "turn", 2, "rating", "up")));

        // then
        assertThat(followUp.statusCode()).isEqualTo(200);
        assertThat(body(followUp).get("turn").asInt()).isEqualTo(2);
        assertThat(body(followUp).get("answer").asText()).contains("Tyler Rake");
        assertThat(rated.statusCode()).isEqualTo(201);
        assertThat(body(first.get("/api/conversations/" + id)).get("turns")).hasSize(2);
        assertThat(body(second.get("/api/conversations/" + id)).get("turns")).hasSize(2);
    }

    @Test
    @Order(2)
    void should_answer_the_same_slack_event_once_when_it_reaches_both_instances() throws Exception {
        // given one event, delivered to each instance (Slack's retry landing on the other one)
        String duplicated = mention("C21TWICE", "1700000021.000001", "Ev21");
        var toFirst = signed(first);
        var toSecond = signed(second);

        // when
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> toFirst.event(duplicated));
        CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> toSecond.event(duplicated));

        // then both acknowledge, one answers
        assertThat(one.get().statusCode()).isEqualTo(200);
        assertThat(other.get().statusCode()).isEqualTo(200);
        slack.awaitPost("C21TWICE", "1700000021.000001");
        // One worker per instance answers in order: once each has answered a later event, the duplicate is done.
        toFirst.event(mention("C21LATER", "1700000021.000002", "Ev22"));
        toSecond.event(mention("C21LATER", "1700000021.000003", "Ev23"));
        slack.awaitPost("C21LATER", "1700000021.000002");
        slack.awaitPost("C21LATER", "1700000021.000003");
        assertThat(slack.posts("C21TWICE", "1700000021.000001")).hasSize(1);
    }

    @Test
    @Order(3)
    void should_lose_no_acknowledged_turn_when_an_instance_is_killed_right_after_answering() throws Exception {
        // given
        JsonNode answered = body(first.post("/api/chat", "{\"message\": \"How long is the one-shot sequence?\"}"));

        // when
        first.kill();

        // then
        String id = answered.get("conversationId").asText();
        JsonNode kept = body(second.get("/api/conversations/" + id));
        assertThat(kept.get("turns")).hasSize(1);
        assertThat(kept.get("turns").get(0).get("answer").asText())
                .isEqualTo(answered.get("answer").asText());
        assertThat(kept.get("turns").get(0).get("citations")).isEqualTo(answered.get("citations"));
    }

    @Test
    @Order(4)
    void should_refuse_with_503_while_the_database_is_down_and_answer_again_once_it_is_back() throws Exception {
        // given
        String id = body(second.post("/api/chat", "{\"message\": \"Who directed Extraction?\"}"))
                .get("conversationId")
                .asText();

        // when
        postgres.stop();
        HttpResponse<String> refused = second.post(
                "/api/chat",
                json.writeValueAsString(Map.of("message", "What did he fight for?", "conversationId", id)));
        HttpResponse<String> readiness = second.get("/actuator/health/readiness");
        JsonNode health = body(second.get("/actuator/health"));

        // then
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(refused).get("title").asText()).isEqualTo("Storage unavailable");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(health.at("/components/db/status").asText()).isEqualTo("DOWN");

        // and when the database is back, with no restart of the app
        postgres.startAgain();

        // then
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> second.get("/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> answered = second.post(
                "/api/chat",
                json.writeValueAsString(Map.of("message", "What did he fight for?", "conversationId", id)));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(body(answered).get("turn").asInt()).isEqualTo(2);
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static SignedRequests signed(AppInstance instance) {
        return new SignedRequests(URI.create(instance.baseUrl() + SlackConfiguration.PATH), SIGNING_SECRET);
    }

    private static String mention(String channel, String ts, String eventId) {
        ObjectNode event = json.createObjectNode()
                .put("type", "app_mention")
                .put("user", "U0ASKER")
                .put("text", "<@UBOT> How long is the one-shot sequence?")
                .put("ts", ts)
                .put("channel", channel)
                .put("event_ts", ts);
        return FakeSlack.eventCallback(eventId, event);
    }
}
