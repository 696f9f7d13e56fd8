package dev.oner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oner.api.rate-limit.burst=3",
            "oner.api.rate-limit.per-minute=3",
            "oner.api.rate-limit.exempt-loopback=false"
        })
class RateLimitTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_refuse_questions_past_the_limit_and_say_when_to_retry() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(ask().statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = ask();
        HttpResponse<String> article = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/article"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 21));
        assertThat(refused.body()).contains("Too many questions from this address");
        assertThat(article.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> ask() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"Who plays Tyler Rake?\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
