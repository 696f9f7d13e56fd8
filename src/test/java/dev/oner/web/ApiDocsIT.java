package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI description tells a client what the page relies on: the streaming endpoint and its events. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class ApiDocsIT {

    private final TestRestTemplate http;

    @Autowired
    ApiDocsIT(TestRestTemplate http) {
        this.http = http;
    }

    @Test
    void should_document_the_streaming_endpoint_and_its_events() {
        // when
        JsonNode stream = http.getForObject("/v3/api-docs", JsonNode.class)
                .path("paths")
                .path("/api/chat/stream")
                .path("post");

        // then
        JsonNode request = stream.path("requestBody").path("content").path("application/json");
        assertThat(request.path("schema").path("$ref").asText()).endsWith("/ChatRequest");
        assertThat(stream.path("description").asText()).contains("'delta'", "'reply'", "'error'");
        JsonNode events = stream.path("responses").path("200").path("content").path("text/event-stream");
        assertThat(events.isMissingNode()).isFalse();
        assertThat(events.path("examples").path("answer").path("value").asText())
                .contains("event:delta", "event:reply", "\"citations\"");
        assertThat(stream.path("responses").path("400").path("content").has("application/problem+json"))
                .isTrue();
        assertThat(stream.path("responses").path("404").path("content").has("application/problem+json"))
                .isTrue();
    }
}
