package dev.oner.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator sees: probes, metrics, info, request ids, and nothing more exposed than that. */
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_report_live_and_ready_once_started() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    @Test
    void should_export_request_histograms_per_channel_stage_timings_and_outcome_counters() throws Exception {
        ask("Who plays Tyler Rake?");
        ask("What is the capital of France?");

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{channel=\"api\"")
                .contains("oner_stage_seconds_bucket{stage=\"embed\"")
                .contains("oner_stage_seconds_count{stage=\"bm25\"")
                .contains("oner_stage_seconds_count{stage=\"dense\"")
                .contains("oner_stage_seconds_count{stage=\"fusion\"")
                .contains("oner_stage_seconds_count{stage=\"answer\"")
                .contains("oner_answers_total{mode=\"extractive\",outcome=\"abstained\"")
                .contains("oner_answers_total{mode=\"extractive\",outcome=\"answered\"")
                .contains("oner_answers_fallbacks_total")
                .contains("oner_chat_turns_seconds_count");
    }

    @Test
    void should_show_model_index_manifest_and_answer_mode_in_info() throws Exception {
        JsonNode info = json.readTree(get("/actuator/info").body());

        assertThat(info.at("/index/model-name").asText()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(info.at("/index/manifest/dimension").asInt()).isEqualTo(384);
        assertThat(info.at("/index/manifest/articleSha256").asText()).hasSize(64);
        assertThat(info.at("/answer/mode").asText()).isEqualTo("extractive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"env", "heapdump", "threaddump", "loggers", "beans", "configprops", "mappings", "shutdown"})
    void should_keep_every_other_actuator_endpoint_closed(String endpoint) throws Exception {
        HttpResponse<String> response = get("/actuator/" + endpoint);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void should_tag_every_log_line_of_a_request_with_the_id_it_returns(CapturedOutput output) throws Exception {
        HttpResponse<String> chosen = put("/api/chat", "caller-chosen-id-42");
        HttpResponse<String> forged = put("/api/chat", "bad id: forged line");

        assertThat(chosen.headers().firstValue("X-Request-Id")).hasValue("caller-chosen-id-42");
        assertThat(forged.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        // Spring MVC logs a refused method at WARN: that line must carry the request's id.
        assertThat(output.getOut().lines().filter(line -> line.contains("Request method 'PUT' is not supported")))
                .anySatisfy(line -> assertThat(line).contains("[caller-chosen-id-42]"))
                .noneSatisfy(line -> assertThat(line).contains("forged"));
    }

    private HttpResponse<String> put(String path, String requestId) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("X-Request-Id", requestId)
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> ask(String message) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(java.util.Map.of("message", message))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
