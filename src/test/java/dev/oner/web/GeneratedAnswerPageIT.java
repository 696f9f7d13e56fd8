package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import dev.oner.answer.llm.FakeModelServer;
import dev.oner.answer.llm.FakeModelServer.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chat page in real Chromium with a language model configured (a loopback OpenAI-compatible server): the
 * model's tokens appear while it writes, and then the checked reply replaces them.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedAnswerPageIT {

    private static final String HOW_LONG = "How long is the one-shot action sequence in Extraction?";
    private static final String LENGTH_SENTENCE = "runs 12 minutes in length";
    static final FakeModelServer model = FakeModelServer.start();

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("oner.llm.provider", () -> "openai");
        registry.add("oner.llm.base-url", model::openAiUrl);
        registry.add("oner.llm.model", () -> "fake-model");
    }

    @LocalServerPort
    int port;

    private Browser browser;
    private ChatPage page;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
        page = new ChatPage(browser.driver(), "http://localhost:" + port);
    }

    @AfterAll
    void quit() {
        browser.close();
        model.close();
    }

    @BeforeEach
    void fresh() {
        model.reset();
        page.openFresh();
    }

    @AfterEach
    void screenshot(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "."
                + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void should_show_the_models_answer_with_its_sources_once_it_passes_the_check() {
        // given a model that answers from the sentence it was given, slowly enough to watch
        model.then(request -> Reply.text("The one-shot action sequence runs 12 minutes in length. ["
                        + request.numberOf(LENGTH_SENTENCE) + "]")
                .everyToken(Duration.ofMillis(150)));

        // when
        page.ask(HOW_LONG);

        // then
        WebElement answer = page.awaitAnswer(1);
        assertThat(answer.findElement(By.cssSelector(".answer")).getText())
                .startsWith("The one-shot action sequence runs 12 minutes in length.");
        assertThat(page.chips(answer)).extracting(WebElement::getText).containsExactly("1");
    }

    @Test
    void should_replace_the_streamed_words_with_the_checked_reply_when_the_model_invents_something() {
        // given a model that invents a number, writing slowly enough that its words are seen first
        model.then(request -> Reply.text("The one-shot action sequence runs 15 minutes in length, filmed over"
                        + " several weeks. [" + request.numberOf(LENGTH_SENTENCE) + "]")
                .everyToken(Duration.ofMillis(300)));

        // when
        page.ask(HOW_LONG);

        // then the model's words appear while it writes
        page.await(driver -> page.find("#log .from-bot .answer").stream()
                .anyMatch(text -> text.getText().contains("15 minutes")));
        // and the reply that stays is the extractive one, with its source
        WebElement answer = page.awaitAnswer(1);
        String shown = answer.findElement(By.cssSelector(".answer")).getText();
        assertThat(shown).doesNotContain("15 minutes").contains("12 minutes");
        assertThat(page.chips(answer)).isNotEmpty();
    }
}
