package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat page on a phone-sized screen and in the dark theme. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageLayoutIT {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 740;

    private final int port;
    private Browser browser;
    private ChatPage page;

    @Autowired
    ChatPageLayoutIT(@LocalServerPort int port) {
        this.port = port;
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
        page = new ChatPage(browser.driver(), "http://localhost:" + port);
    }

    @AfterAll
    void quitBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshPage() {
        browser.viewport(null, null);
        browser.colorScheme(null);
        browser.console();
    }

    @AfterEach
    void screenshotAndConsole(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "."
                + test.getTestMethod().orElseThrow().getName());
        assertThat(browser.console())
                .noneMatch(message -> message.contains("Content Security Policy"))
                .noneMatch(message -> message.contains("Uncaught"));
    }

    @Test
    void should_fit_a_375_px_screen_with_the_article_behind_a_toggle() {
        // given a phone-sized screen
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        page.openFresh();
        WebElement toggle = page.element("#article-toggle");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.element("#article-panel").isDisplayed()).isFalse();

        // when
        page.ask("Who stars in Extraction?");
        WebElement answer = page.awaitAnswer(1);

        // then nothing is wider than the screen
        assertThat(page.script("return document.documentElement.scrollWidth;")).isEqualTo((long) PHONE_WIDTH);
        assertThat(answer.getRect().getX() + answer.getRect().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        browser.screenshot(getClass().getSimpleName() + ".phone-answer");

        // and when a chip is tapped, the article opens at the cited sentence
        page.chips(answer).get(0).click();
        page.awaitHighlight();
        page.awaitHighlightInView();
        assertThat(page.element("#article-panel").isDisplayed()).isTrue();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot(getClass().getSimpleName() + ".phone-article");

        // and "Back to chat" closes it again
        page.element("#article-close").click();
        assertThat(page.element("#article-panel").isDisplayed()).isFalse();
        assertThat(page.messageBox().isDisplayed()).isTrue();
    }

    @Test
    void should_follow_a_dark_colour_scheme() {
        // given
        browser.colorScheme("dark");

        // when
        page.openFresh();
        page.ask("How long is the one-shot action sequence in Extraction?");
        page.chips(page.awaitAnswer(1)).get(0).click();
        page.awaitHighlightInView();

        // then
        assertThat(luminance("body", "backgroundColor")).isLessThan(0.1);
        assertThat(luminance("body", "color")).isGreaterThan(0.7);
    }

    @Test
    void should_follow_a_light_colour_scheme() {
        // given
        browser.colorScheme("light");

        // when
        page.openFresh();

        // then
        assertThat(luminance("body", "backgroundColor")).isGreaterThan(0.8);
        assertThat(luminance("body", "color")).isLessThan(0.1);
    }

    /** Relative luminance (WCAG) of an element's computed colour property. */
    private double luminance(String css, String property) {
        Object value = page.script("""
                const [r, g, b] = getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]
                    .match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number)
                    .map(c => c / 255)
                    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                """, css, property);
        return ((Number) value).doubleValue();
    }
}
