package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI, on its own page, in Chromium: the API's title and groups, and no Content-Security-Policy errors. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiIT {

    private final int port;
    private Browser browser;

    @Autowired
    SwaggerUiIT(@LocalServerPort int port) {
        this.port = port;
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void quitBrowser() {
        browser.close();
    }

    @Test
    void should_render_swagger_ui_with_the_apis_title_and_groups_without_csp_errors() {
        // when
        browser.driver().get("http://localhost:" + port + "/swagger-ui.html");
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock-tag"), 2));

        // then
        browser.screenshot("SwaggerUiIT.swagger-ui");
        assertThat(title.getText()).startsWith("oner API");
        List<String> tags = browser.driver().findElements(By.cssSelector(".opblock-tag")).stream()
                .map(tag -> tag.getDomAttribute("data-tag"))
                .toList();
        assertThat(tags).containsExactly("Chat", "Article", "Feedback");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".info .description"))
                        .getText())
                .contains("cited");
        assertThat(browser.console())
                .noneMatch(message -> message.contains("Content Security Policy"))
                .noneMatch(message -> message.contains("Uncaught"));
    }
}
