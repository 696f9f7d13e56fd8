package dev.oner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oner.conversation.Channel;
import dev.oner.conversation.ConversationKey;
import dev.oner.conversation.ConversationStore;
import dev.oner.feedback.Feedback;
import dev.oner.feedback.FeedbackService;
import dev.oner.feedback.Rating;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat page in real Chromium against the running app: what a reader does with it, end to end. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageIT {

    private static final String HOW_LONG = "How long is the one-shot action sequence in Extraction?";

    private final int port;
    private final TestRestTemplate api;
    private final FeedbackService feedback;
    private final ConversationStore conversations;
    private Browser browser;
    private ChatPage page;

    @Autowired
    ChatPageIT(
            @LocalServerPort int port,
            TestRestTemplate api,
            FeedbackService feedback,
            ConversationStore conversations) {
        this.port = port;
        this.api = api;
        this.feedback = feedback;
        this.conversations = conversations;
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
        browser.console();
        page.openFresh();
    }

    @AfterEach
    void screenshotAndConsole(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "."
                + test.getTestMethod().orElseThrow().getName());
        // A blocked script or style, or an uncaught exception, would otherwise pass unnoticed in a headless browser.
        assertThat(browser.console())
                .noneMatch(message -> message.contains("Content Security Policy"))
                .noneMatch(message -> message.contains("Uncaught"));
    }

    @Test
    void should_stream_an_answer_and_show_its_sources_as_chips() {
        // given the page with no conversation, introducing the configured article by its own lead and names
        assertThat(page.element("#intro").isDisplayed()).isTrue();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> page.element("#article-lead").getText().startsWith("The Netflix movie"));
        assertThat(page.find(".example"))
                .extracting(WebElement::getText)
                .contains("What is this article about?", "What does the article say about Sam Hargrave?");

        // when
        page.ask(HOW_LONG);

        // then
        WebElement answer = page.awaitAnswer(1);
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).contains("12 minutes");
        assertThat(answer.getDomAttribute("class")).doesNotContain("abstained");
        List<WebElement> chips = page.chips(answer);
        assertThat(chips).extracting(WebElement::getText).containsExactly("1");
        assertThat(chips.get(0).getTagName()).isEqualTo("button");
        assertThat(page.questions()).extracting(WebElement::getText).containsExactly(HOW_LONG);
        assertThat(page.element("#intro").isDisplayed()).isFalse();
        assertThat(page.script("return performance.getEntriesByType('resource').map(e => e.name);"))
                .asString()
                .contains("/api/chat/stream");
        assertThat(page.announced()).startsWith("Answer: ").contains("12 minutes");

        // and hovering a chip shows the cited sentence
        new Actions(browser.driver()).moveToElement(chips.get(0)).perform();
        WebElement tip = page.tipOf(chips.get(0));
        page.await(ExpectedConditions.visibilityOf(tip));
        assertThat(tip.findElement(By.cssSelector(".tip-text")).getText())
                .isEqualTo(citations().get(0).path("text").asText());
    }

    @Test
    void should_highlight_the_cited_sentence_in_the_article_when_a_chip_is_clicked() {
        // given an answer citing a sentence far enough down that the article must scroll to it
        page.ask(HOW_LONG);
        page.awaitAnswer(1);
        page.ask("Was it filmed in a single shot?");
        WebElement chip = page.chips(page.awaitAnswer(2)).get(0);

        // when
        chip.click();

        // then the highlight is exactly the cited range, as the API gives it
        JsonNode citation = citations().get(0);
        WebElement highlight = page.awaitHighlight();
        page.awaitHighlightInView();
        assertThat(highlight.getDomProperty("textContent"))
                .isEqualTo(citation.path("text").asText());
        assertThat(page.find("#article mark")).hasSize(1);
        assertThat(highlight.findElement(By.xpath("./ancestor::p")).getDomAttribute("data-paragraph"))
                .isEqualTo(citation.path("paragraph").asText());
        assertThat(page.script("return document.getElementById('article-panel').scrollTop;"))
                .asString()
                .isNotEqualTo("0");
        assertThat(page.announced()).contains("Source 1 is highlighted");

        // and, with the pointer moved off the chip, this is the README's picture of the page
        new Actions(browser.driver())
                .moveToElement(page.element("#composer"), 0, 0)
                .perform();
        page.await(ExpectedConditions.invisibilityOf(page.tipOf(chip)));
        browser.screenshot("answer-with-highlighted-citation");
    }

    @Test
    void should_show_that_it_is_working_until_the_answer_is_complete() {
        // given a slow connection, so that the working state lasts long enough to see
        browser.devTools("Network.enable", Map.of());
        browser.devTools(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 1500, "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            // when
            page.ask(HOW_LONG);

            // then
            WebElement pending = page.await(
                    d -> page.answers().isEmpty() ? null : page.answers().get(0));
            assertThat(pending.getDomAttribute("aria-busy")).isEqualTo("true");
            assertThat(pending.findElement(By.cssSelector(".working")).isDisplayed())
                    .isTrue();
            assertThat(page.element("#send").isEnabled()).isFalse();
            browser.screenshot(getClass().getSimpleName() + ".working");

            // and when the answer is complete
            WebElement answer = page.awaitAnswer(1);

            // then
            assertThat(answer.findElements(By.cssSelector(".working"))).isEmpty();
            assertThat(page.element("#send").isEnabled()).isTrue();
        } finally {
            browser.devTools(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            browser.devTools("Network.disable", Map.of());
        }
    }

    @Test
    void should_continue_the_conversation_and_show_the_effective_question_of_a_follow_up() {
        // given
        page.ask("Who stars in Extraction?");
        WebElement first = page.awaitAnswer(1);
        assertThat(first.findElements(By.cssSelector(".effective"))).isEmpty();

        // when
        page.ask("What character does he play?");

        // then
        WebElement second = page.awaitAnswer(2);
        assertThat(second.findElement(By.cssSelector(".answer")).getText()).contains("Tyler Rake");
        assertThat(second.findElement(By.cssSelector(".effective-question")).getText())
                .isEqualTo("What character does Chris Hemsworth play?");
        assertThat(second.getDomAttribute("data-turn")).isEqualTo("2");
        assertThat(conversation().path("turns")).hasSize(2);
    }

    @Test
    void should_show_an_abstention_differently_from_an_answer_and_without_chips() {
        // when
        page.ask("What was the budget of Extraction?");

        // then
        WebElement answer = page.awaitAnswer(1);
        assertThat(answer.getDomAttribute("class")).contains("abstained");
        assertThat(answer.findElement(By.cssSelector(".abstention-label")).getText())
                .isEqualToIgnoringCase("Not in the article");
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).startsWith("The article doesn't say");
        assertThat(page.chips(answer)).isEmpty();
    }

    @Test
    void should_keep_the_conversation_after_a_reload() {
        // given
        page.ask("Who stars in Extraction?");
        page.awaitAnswer(1);
        String id = page.conversationId();

        // when
        page.reload();

        // then
        assertThat(page.questions()).extracting(WebElement::getText).containsExactly("Who stars in Extraction?");
        assertThat(page.answers()).hasSize(1);
        assertThat(page.chips(page.answers().get(0))).hasSize(1);
        assertThat(page.conversationId()).isEqualTo(id);

        // and the next question continues it
        page.ask("What character does he play?");
        assertThat(page.awaitAnswer(2).getText()).contains("Tyler Rake");
        assertThat(page.conversationId()).isEqualTo(id);
    }

    @Test
    void should_start_fresh_quietly_when_the_saved_conversation_has_expired() {
        // given a tab that remembers a conversation the server has forgotten
        page.rememberConversation("expired-conversation");

        // when
        page.reload();

        // then
        assertThat(page.find("#log > li")).isEmpty();
        assertThat(page.element("#intro").isDisplayed()).isTrue();
        assertThat(page.conversationId()).isNull();
    }

    @Test
    void should_show_markup_in_a_message_as_text_and_create_no_element_from_it() {
        // given
        String markup = "<img src=x onerror=alert(1)>";

        // when
        page.ask(markup);

        // then
        page.awaitAnswer(1);
        assertThat(page.questions()).extracting(WebElement::getText).containsExactly(markup);
        assertThat(page.find("img")).isEmpty();
        assertThat(ExpectedConditions.alertIsPresent().apply(browser.driver())).isNull();
    }

    @Test
    void should_store_the_feedback_given_with_a_thumb() {
        // given
        page.ask(HOW_LONG);
        WebElement answer = page.awaitAnswer(1);

        // when
        answer.findElement(By.cssSelector(".thumb-up")).click();

        // then
        page.await(d ->
                answer.findElement(By.cssSelector(".feedback-status")).getText().contains("recorded"));
        assertThat(answer.findElement(By.cssSelector(".thumb-up")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(answer.findElement(By.cssSelector(".thumb-down")).getDomAttribute("aria-pressed"))
                .isEqualTo("false");
        List<Feedback> stored = feedback.forConversation(Channel.WEB, page.conversationId());
        assertThat(stored).singleElement().satisfies(entry -> {
            assertThat(entry.turn()).isEqualTo(1);
            assertThat(entry.rating()).isEqualTo(Rating.UP);
            assertThat(entry.channel()).isEqualTo(Channel.WEB);
        });
    }

    @Test
    void should_disable_send_over_the_character_limit_and_say_why() {
        // given a message one character over the limit
        page.script("document.getElementById('message').value = 'a'.repeat(2000);");
        page.messageBox().sendKeys("a");

        // then
        WebElement send = page.element("#send");
        assertThat(send.isEnabled()).isFalse();
        assertThat(page.element("#counter").getText()).isEqualTo("2001 / 2000 characters: too long to send, remove 1");
        assertThat(send.getDomAttribute("aria-describedby")).isEqualTo("counter");
        browser.screenshot(getClass().getSimpleName() + ".send-disabled");

        // when Enter is pressed anyway
        page.messageBox().sendKeys(Keys.ENTER);

        // then nothing is sent, the message stays, and the reason is read out
        assertThat(page.announced()).contains("too long to send");
        assertThat(page.find("#log > li")).isEmpty();
        assertThat(page.messageBox().getDomProperty("value")).hasSize(2001);

        // when one character is removed
        page.messageBox().sendKeys(Keys.BACK_SPACE);

        // then
        assertThat(send.isEnabled()).isTrue();
        assertThat(page.element("#counter").getText()).isEqualTo("2000 / 2000 characters");
    }

    @Test
    void should_list_each_answers_sources_under_it_and_copy_the_answer_with_them_as_plain_text() {
        // given a page allowed to use the clipboard, as a user's click allows it
        browser.devTools(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        "http://localhost:" + port,
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        page.ask(HOW_LONG);
        WebElement answer = page.awaitAnswer(1);
        JsonNode reply = conversation().path("turns").get(0);
        JsonNode citation = reply.path("citations").get(0);

        // then the sources are listed under the answer: number, sentence, paragraph
        List<WebElement> sources = answer.findElements(By.cssSelector(".sources .source"));
        assertThat(sources).hasSize(reply.path("citations").size());
        assertThat(sources.get(0).getText())
                .isEqualTo("[1] “" + citation.path("text").asText() + "” (paragraph "
                        + citation.path("paragraph").asInt() + ")");

        // when
        answer.findElement(By.cssSelector(".copy-button")).click();

        // then
        page.await(d -> "Copied"
                .equals(answer.findElement(By.cssSelector(".copy-status")).getText()));
        Object copied = browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " navigator.clipboard.readText().then(done, (e) => done('failed: ' + e));");
        assertThat(copied)
                .isEqualTo(reply.path("answer").asText() + "\n\nSources:\n[1] “"
                        + citation.path("text").asText() + "” (paragraph "
                        + citation.path("paragraph").asInt() + ")");
    }

    @Test
    void should_retry_in_a_new_conversation_when_the_server_has_forgotten_this_one() {
        // given a conversation that expires on the server
        page.ask("Who stars in Extraction?");
        page.awaitAnswer(1);
        String expired = page.conversationId();
        conversations.deleteMessages(new ConversationKey(Channel.WEB, expired));

        // when
        page.ask(HOW_LONG);

        // then
        WebElement error = page.awaitAnswer(2);
        assertThat(error.findElement(By.cssSelector(".error-title")).getText()).contains("expired");

        // and when retried
        error.findElement(By.cssSelector(".retry")).click();

        // then
        page.await(d ->
                page.answers().size() == 2 && page.answers().get(1).getText().contains("12 minutes"));
        assertThat(page.find(".failed")).isEmpty();
        assertThat(page.questions()).hasSize(2);
        assertThat(page.conversationId()).isNotNull().isNotEqualTo(expired);
    }

    @Test
    void should_show_an_unreachable_server_and_answer_when_retried() {
        // given the stream endpoint cannot be reached
        browser.devTools("Network.enable", Map.of());
        browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of("*/api/chat/stream")));
        try {
            // when
            page.ask(HOW_LONG);

            // then
            WebElement error = page.awaitAnswer(1);
            assertThat(error.findElement(By.cssSelector(".error-title")).getText())
                    .isEqualTo("Can't reach the server");
            browser.screenshot(getClass().getSimpleName() + ".unreachable");

            // and when the server is back and the user retries
            browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
            error.findElement(By.cssSelector(".retry")).click();

            // then
            page.await(d -> page.answers().size() == 1
                    && page.answers().get(0).getText().contains("12 minutes"));
        } finally {
            browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.devTools("Network.disable", Map.of());
        }
    }

    @Test
    void should_show_a_rate_limit_and_allow_a_retry_once_the_server_accepts_questions_again() {
        // given the server refuses questions for two seconds: the app has no rate limiter of its own yet, so the
        // page's fetch() stands in for one
        page.script("""
                const fetchFromServer = window.fetch;
                window.fetch = (url, init) => String(url).includes('/api/chat/stream')
                    ? Promise.resolve(new Response(
                        JSON.stringify({
                            title: 'Too Many Requests', status: 429, detail: 'At most 10 questions a minute.'}),
                        {status: 429, headers: {'Content-Type': 'application/problem+json', 'Retry-After': '2'}}))
                    : fetchFromServer(url, init);
                window.restoreFetch = () => { window.fetch = fetchFromServer; };
                """);

        // when
        page.ask(HOW_LONG);

        // then
        WebElement error = page.awaitAnswer(1);
        assertThat(error.findElement(By.cssSelector(".error-title")).getText()).isEqualTo("Too Many Requests");
        assertThat(error.findElement(By.cssSelector(".error-detail")).getText())
                .isEqualTo("At most 10 questions a minute. You can retry in 2 seconds.");
        WebElement retry = error.findElement(By.cssSelector(".retry"));
        assertThat(retry.isEnabled()).isFalse();
        browser.screenshot(getClass().getSimpleName() + ".rate-limited");

        // and when the wait is over
        page.script("window.restoreFetch();");
        page.await(ExpectedConditions.elementToBeClickable(retry)).click();

        // then
        page.await(d ->
                page.answers().size() == 1 && page.answers().get(0).getText().contains("12 minutes"));
    }

    @Test
    void should_work_with_the_keyboard_alone() {
        // given Shift+Enter makes a new line rather than sending
        page.messageBox().sendKeys("Who stars", Keys.chord(Keys.SHIFT, Keys.ENTER), "in Extraction?");
        assertThat(page.answers()).isEmpty();
        assertThat(page.messageBox().getDomProperty("value")).isEqualTo("Who stars\nin Extraction?");

        // when Enter sends
        page.messageBox().sendKeys(Keys.ENTER);
        WebElement answer = page.awaitAnswer(1);

        // and Shift+Tab walks back from the message box to the answer's chip
        WebElement chip = page.chips(answer).get(0);
        for (int i = 0; i < 5 && !chip.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        }

        // then the focused chip shows its sentence, and Enter highlights it
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(chip);
        page.await(ExpectedConditions.visibilityOf(page.tipOf(chip)));
        chip.sendKeys(Keys.ENTER);
        assertThat(page.awaitHighlight().getDomProperty("textContent"))
                .isEqualTo(citations().get(0).path("text").asText());
    }

    @Test
    void should_start_a_new_chat() {
        // given
        page.ask("Who stars in Extraction?");
        page.awaitAnswer(1);
        String first = page.conversationId();

        page.messageBox().sendKeys("a question not sent");

        // when
        page.element("#new-chat").click();

        // then
        assertThat(page.find("#log > li")).isEmpty();
        assertThat(page.messageBox().getDomProperty("value")).isEmpty();
        assertThat(page.conversationId()).isNull();

        // and the next question starts another conversation
        page.ask("What character does he play?");
        page.awaitAnswer(1);
        assertThat(page.conversationId()).isNotEqualTo(first);
    }

    @Test
    void should_delete_the_conversation_on_the_server_and_start_afresh() {
        // given a rated conversation, reloaded
        page.ask("Who stars in Extraction?");
        WebElement answer = page.awaitAnswer(1);
        answer.findElement(By.cssSelector(".thumb-up")).click();
        page.await(d ->
                answer.findElement(By.cssSelector(".feedback-status")).getText().contains("recorded"));
        String id = page.conversationId();
        page.reload();
        page.awaitAnswer(1);

        // when
        page.element("#delete-chat").click();

        // then the page is empty and the server no longer has the conversation or its feedback
        page.await(d -> page.conversationId() == null);
        assertThat(page.find("#log > li")).isEmpty();
        assertThat(page.element("#delete-chat").isDisplayed()).isFalse();
        assertThat(api.getForEntity("/api/conversations/" + id, JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(feedback.forConversation(Channel.WEB, id)).isEmpty();
    }

    private JsonNode conversation() {
        return api.getForObject("/api/conversations/" + page.conversationId(), JsonNode.class);
    }

    private JsonNode citations() {
        JsonNode turns = conversation().path("turns");
        return turns.get(turns.size() - 1).path("citations");
    }
}
