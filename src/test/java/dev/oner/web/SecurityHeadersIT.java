package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response tells the browser about what it may run, embed and sniff, seen by a plain HTTP client. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class SecurityHeadersIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    @Autowired
    SecurityHeadersIT(@LocalServerPort int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    @Test
    void should_serve_the_page_with_a_policy_that_allows_no_inline_code_and_no_framing() throws Exception {
        // when
        HttpResponse<String> response = get("/");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("base-uri 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void should_have_no_inline_script_or_style_in_the_page_that_the_policy_would_block() throws Exception {
        // when
        String html = get("/").body();

        // then
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContainPattern("<style\\b");
        assertThat(html).doesNotContainPattern("\\sstyle=");
        assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void should_allow_inline_styles_only_on_swagger_uis_own_page_and_inline_scripts_nowhere() throws Exception {
        // when
        String swaggerUi = policyOf("/swagger-ui/index.html");

        // then
        assertThat(swaggerUi)
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        for (String path : new String[] {"/", "/index.html", "/v3/api-docs", "/api/article", "/swagger-ui.html"}) {
            assertThat(policyOf(path)).as(path).doesNotContain("unsafe-inline");
        }
    }

    private String policyOf(String path) throws IOException, InterruptedException {
        return get(path).headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/js/app.js", "/css/app.css", "/api/article", "/api/conversations/unknown", "/no-such-page"})
    void should_put_the_headers_on_every_response(String path) throws Exception {
        // when
        HttpResponse<String> response = get(path);

        // then
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
