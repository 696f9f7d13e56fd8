package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An article whose source opens with a headline: the page introduces it by that headline, in real Chromium. */
@SpringBootTest(
        webEnvironment = RANDOM_PORT,
        properties = {"oner.article.location=classpath:articles/quarry-trackway.txt", "oner.slack.enabled=false"})
class HeadlineIntroIT {

    @LocalServerPort
    int port;

    @Test
    void should_introduce_the_article_by_its_headline_and_never_show_it_as_text() {
        try (var browser = new Browser()) {
            var page = new ChatPage(browser.driver(), "http://localhost:" + port);
            page.openFresh();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> !page.element("#article-lead").getText().equals("the article."));
            browser.screenshot(getClass().getSimpleName());

            assertThat(page.element("#article-lead").getText())
                    .isEqualTo("Quarry workers uncover dinosaur trackway that could rewrite region's fossil record.");
            assertThat(page.element("#article").getText())
                    .startsWith("HOLLENMERE")
                    .doesNotContain("Quarry workers uncover");
            assertThat(browser.console()).noneMatch(message -> message.contains("Uncaught"));
        }
    }
}
