package dev.oner.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST contract over real HTTP, as a client sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_answer_with_the_full_reply_contract() throws Exception {
        HttpResponse<String> response = post("/api/chat", "{\"message\": \"When did Extraction debut on Netflix?\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = json.readTree(response.body());
        assertThat(reply.get("conversationId").asText()).isNotBlank();
        assertThat(reply.get("answer").asText()).contains("April 2020").contains("[1]");
        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(reply.get("effectiveQuestion").asText()).isEqualTo("When did Extraction debut on Netflix?");
        assertThat(reply.get("mode").asText()).isEqualTo("extractive");
        JsonNode citation = reply.get("citations").get(0);
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("paragraph").asInt()).isEqualTo(1);
        assertThat(citation.get("score").asDouble()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Who plays Tyler Rake?",
                "Which actor plays Ovi Mahajan Jr.?",
                "What kinds of action does the oner include?",
                "Why did Hargrave want to make the one-shot sequence?"
            })
    void should_cite_text_that_is_exactly_the_articles_text_at_the_given_offsets(String question) throws Exception {
        String article = json.readTree(get("/api/article").body()).get("text").asText();

        JsonNode reply = json.readTree(post("/api/chat", json.writeValueAsString(Map.of("message", question)))
                .body());

        assertThat(reply.get("citations")).isNotEmpty();
        for (JsonNode citation : reply.get("citations")) {
            String text = citation.get("text").asText();
            assertThat(article.substring(
                            citation.get("start").asInt(), citation.get("end").asInt()))
                    .isEqualTo(text);
            assertThat(reply.get("answer").asText())
                    .contains(text + " [" + citation.get("n").asInt() + "]");
        }
    }

    @Test
    void should_serve_the_normalised_article_with_its_paragraphs() throws Exception {
        JsonNode article = json.readTree(get("/api/article").body());

        String text = article.get("text").asText();
        assertThat(text).doesNotContain("\u00a0").doesNotContain("RELATED:").doesNotContain("NEXT:");
        JsonNode paragraphs = article.get("paragraphs");
        assertThat(paragraphs).hasSize(6);
        assertThat(paragraphs.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(text.substring(
                        paragraphs.get(5).get("start").asInt(),
                        paragraphs.get(5).get("end").asInt()))
                .startsWith("Had Hargrave");
    }

    @Test
    void should_continue_a_conversation_and_return_it_by_id() throws Exception {
        JsonNode first = json.readTree(
                post("/api/chat", "{\"message\": \"Who stars in Extraction?\"}").body());
        String id = first.get("conversationId").asText();

        JsonNode followUp = json.readTree(post(
                        "/api/chat",
                        json.writeValueAsString(
                                Map.of("message", "What character does he play?", "conversationId", id)))
                .body());
        JsonNode conversation = json.readTree(get("/api/conversations/" + id).body());

        assertThat(followUp.get("answer").asText()).contains("Tyler Rake");
        assertThat(followUp.get("effectiveQuestion").asText()).isEqualTo("What character does Chris Hemsworth play?");
        assertThat(conversation.get("turns")).hasSize(2);
        assertThat(conversation.get("turns").get(1).get("answer").asText())
                .isEqualTo(followUp.get("answer").asText());
    }

    @Test
    void should_count_answered_and_abstained_questions_in_metrics() throws Exception {
        post("/api/chat", "{\"message\": \"Who plays Tyler Rake?\"}");
        post("/api/chat", "{\"message\": \"What is the capital of France?\"}");

        JsonNode answered = json.readTree(
                get("/actuator/metrics/oner.chat.turns?tag=answered:true").body());
        JsonNode abstained = json.readTree(
                get("/actuator/metrics/oner.chat.turns?tag=answered:false").body());

        assertThat(answered.get("measurements").get(0).get("value").asDouble()).isPositive();
        assertThat(abstained.get("measurements").get(0).get("value").asDouble()).isPositive();
    }

    @Test
    void should_abstain_without_citations() throws Exception {
        JsonNode reply = json.readTree(post("/api/chat", "{\"message\": \"What was the budget of Extraction?\"}")
                .body());

        assertThat(reply.get("answered").asBoolean()).isFalse();
        assertThat(reply.get("citations")).isEmpty();
        assertThat(reply.get("answer").asText()).startsWith("The article doesn't say");
    }

    @Test
    void should_stream_the_answer_then_the_complete_reply() throws Exception {
        HttpResponse<String> response = post(
                "/api/chat/stream",
                "{\"message\": \"Who plays Tyler Rake?\"}",
                "application/json",
                "text/event-stream");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        JsonNode reply = null;
        for (String block : response.body().split("\n\n")) {
            String event = block.lines()
                    .filter(line -> line.startsWith("event:"))
                    .map(line -> line.substring(6))
                    .findFirst()
                    .orElse("");
            String data = block.lines()
                    .filter(line -> line.startsWith("data:"))
                    .map(line -> line.substring(5))
                    .findFirst()
                    .orElse("");
            events.add(event);
            if (event.equals("delta")) {
                streamed.append(json.readTree(data).get("text").asText());
            } else if (event.equals("reply")) {
                reply = json.readTree(data);
            }
        }
        assertThat(events).contains("delta").last().isEqualTo("reply");
        assertThat(reply).isNotNull();
        assertThat(streamed.toString()).isEqualTo(reply.get("answer").asText());
        assertThat(reply.get("answer").asText()).contains("Chris Hemsworth");
    }

    @Test
    void should_record_feedback_on_an_answer_it_gave() throws Exception {
        JsonNode reply = json.readTree(
                post("/api/chat", "{\"message\": \"Who plays Tyler Rake?\"}").body());
        String feedback = json.writeValueAsString(
                Map.of("conversationId", reply.get("conversationId").asText(), "turn", 1, "rating", "up"));

        HttpResponse<String> stored = post("/api/feedback", feedback);
        HttpResponse<String> unknownTurn = post("/api/feedback", feedback.replace("\"turn\":1", "\"turn\":7"));
        HttpResponse<String> badRating = post("/api/feedback", feedback.replace("\"up\"", "\"sideways\""));

        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).get("rating").asText()).isEqualTo("up");
        assertProblem(unknownTurn, 404, "has no turn 7");
        assertProblem(badRating, 400, "'rating' must be one of 'up', 'down'.");
        assertThat(badRating.body()).doesNotContain("dev.oner");
    }

    @Test
    void should_refuse_a_blank_message() throws Exception {
        assertProblem(post("/api/chat", "{\"message\": \"   \"}"), 400, "message: must not be blank");
        assertProblem(post("/api/chat", "{}"), 400, "message: must not be blank");
    }

    @Test
    void should_refuse_a_message_over_2000_characters() throws Exception {
        String message = "a".repeat(2001);

        assertProblem(
                post("/api/chat", "{\"message\": \"" + message + "\"}"),
                400,
                "message: must be at most 2000 characters");
    }

    @Test
    void should_refuse_a_body_over_the_size_limit_before_reading_it() throws Exception {
        String huge = "{\"message\": \"" + "a".repeat(70_000) + "\"}";

        HttpResponse<String> refused = post("/api/chat", huge);

        assertProblem(refused, 413, "larger than 65536 bytes");
        assertThat(json.readTree(refused.body()).path("instance").asText()).isEqualTo("/api/chat");
    }

    @Test
    void should_refuse_malformed_json() throws Exception {
        assertProblem(post("/api/chat", "{\"message\": }"), 400, "malformed JSON at line 1, column 13");
        assertProblem(post("/api/chat", "[\"Who directed Extraction?\"]"), 400, "expected a JSON object");
        assertProblem(post("/api/chat", ""), 400, "not valid JSON");
        assertProblem(post("/api/chat", "{\"message\": {\"nested\": 1}}"), 400, "'message' must be a JSON string");
    }

    @Test
    void should_refuse_a_number_or_boolean_where_text_is_expected_naming_the_field() throws Exception {
        assertProblem(post("/api/chat", "{\"message\": 42}"), 400, "'message' must be a JSON string.");
        assertProblem(post("/api/chat", "{\"message\": 4.2}"), 400, "'message' must be a JSON string.");
        assertProblem(post("/api/chat", "{\"message\": true}"), 400, "'message' must be a JSON string.");
    }

    @Test
    void should_refuse_a_body_that_is_not_json() throws Exception {
        assertProblem(
                post("/api/chat", "message=hello", "text/plain", "application/json"), 415, "Content-Type 'text/plain");
    }

    @Test
    void should_refuse_an_unknown_conversation() throws Exception {
        String unknown = UUID.randomUUID().toString();
        assertProblem(
                post("/api/chat", "{\"message\": \"And then?\", \"conversationId\": \"" + unknown + "\"}"),
                404,
                "No conversation with id '" + unknown + "'");
        assertProblem(get("/api/conversations/" + unknown), 404, "No conversation with id");
        assertProblem(
                post(
                        "/api/chat/stream",
                        "{\"message\": \"And then?\", \"conversationId\": \"" + unknown + "\"}",
                        "application/json",
                        "text/event-stream"),
                404,
                unknown);
        assertProblem(
                post("/api/feedback", "{\"conversationId\": \"" + unknown + "\", \"turn\": 1, \"rating\": \"up\"}"),
                404,
                unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "does-not-exist", "slack-T1-D7PRIVATE", "slack-T1-C1-1700000000.000100"})
    void should_refuse_a_conversation_id_that_is_not_a_uuid_the_server_issued(String id) throws Exception {
        String badId = json.writeValueAsString(id);
        String detail = "conversationId: must be the conversationId of an earlier reply";
        assertProblem(post("/api/chat", "{\"message\": \"Hi\", \"conversationId\": " + badId + "}"), 400, detail);
        assertProblem(
                post(
                        "/api/chat/stream",
                        "{\"message\": \"Hi\", \"conversationId\": " + badId + "}",
                        "application/json",
                        "text/event-stream"),
                400,
                detail);
        assertProblem(
                post("/api/feedback", "{\"conversationId\": " + badId + ", \"turn\": 1, \"rating\": \"up\"}"),
                400,
                detail);
        assertProblem(get("/api/conversations/" + URLEncoder.encode(id, StandardCharsets.UTF_8)), 400, detail);
    }

    @Test
    void should_keep_a_web_conversation_through_reloads_and_follow_ups() throws Exception {
        // given
        String id = json.readTree(post("/api/chat", "{\"message\": \"Who stars in Extraction?\"}")
                        .body())
                .get("conversationId")
                .asText();

        // when: the page reloads, asks a follow-up, reloads again, and rates the follow-up
        HttpResponse<String> reloaded = get("/api/conversations/" + id);
        JsonNode followUp = json.readTree(post(
                        "/api/chat",
                        json.writeValueAsString(
                                Map.of("message", "What character does he play?", "conversationId", id)))
                .body());
        HttpResponse<String> reloadedAgain = get("/api/conversations/" + id);
        HttpResponse<String> rated =
                post("/api/feedback", json.writeValueAsString(Map.of("conversationId", id, "turn", 2, "rating", "up")));

        // then
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
        assertThat(json.readTree(reloaded.body()).get("turns")).hasSize(1);
        assertThat(followUp.get("conversationId").asText()).isEqualTo(id);
        assertThat(followUp.get("answer").asText()).contains("Tyler Rake");
        assertThat(json.readTree(reloadedAgain.body()).get("turns")).hasSize(2);
        assertThat(rated.statusCode()).isEqualTo(201);
        assertThat(json.readTree(rated.body()).get("channel").asText()).isEqualTo("web");
    }

    @Test
    void should_answer_unknown_paths_and_methods_with_problems() throws Exception {
        assertProblem(get("/api/nothing-here"), 404, "");
        assertProblem(get("/api/chat"), 405, "");
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains(detail);
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.oner")
                .doesNotContain("trace");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, "application/json", "application/json");
    }

    private HttpResponse<String> post(String path, String body, String contentType, String accept) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
