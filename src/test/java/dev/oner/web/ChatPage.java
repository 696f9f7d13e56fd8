package dev.oner.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page as a user sees it, so that tests read as what a user does and sees rather than as selectors. */
final class ChatPage {

    private final WebDriver driver;
    private final String url;
    private final WebDriverWait wait;

    ChatPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.url = baseUrl + "/";
        // The first question after start warms up the embedding model; on two cores that takes a few seconds.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens the page with nothing remembered from an earlier test. */
    ChatPage openFresh() {
        driver.get(url);
        script("sessionStorage.clear(); localStorage.clear();");
        return reload();
    }

    ChatPage reload() {
        driver.navigate().refresh();
        wait.until(d -> !find("#article .paragraph").isEmpty());
        wait.until(d -> !"true".equals(element("#log").getDomAttribute("aria-busy")));
        return this;
    }

    /** Types a question into the message box and presses Enter. */
    void ask(String question) {
        WebElement box = messageBox();
        box.clear();
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    WebElement messageBox() {
        return element("#message");
    }

    /** Waits until there are this many answers (or errors) and the last is complete, and returns it. */
    WebElement awaitAnswer(int count) {
        wait.until(d -> answers().size() >= count && answers().get(count - 1).getDomAttribute("aria-busy") == null);
        return answers().get(count - 1);
    }

    List<WebElement> answers() {
        return find("#log .from-bot");
    }

    List<WebElement> questions() {
        return find("#log .from-user .bubble");
    }

    List<WebElement> chips(WebElement answer) {
        return answer.findElements(By.cssSelector(".answer .chip"));
    }

    /** The tooltip a chip is described by. */
    WebElement tipOf(WebElement chip) {
        return driver.findElement(By.id(chip.getDomAttribute("aria-describedby")));
    }

    /** The article's highlighted range, once one is there. */
    WebElement awaitHighlight() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article mark.cited")));
    }

    /** Waits until the highlight has been scrolled into the article panel's visible area. */
    void awaitHighlightInView() {
        wait.until(d -> (Boolean) script("""
                const mark = document.querySelector('#article mark.cited');
                const panel = document.getElementById('article-panel').getBoundingClientRect();
                const box = mark.getBoundingClientRect();
                return box.top >= panel.top && box.bottom <= panel.bottom && box.height > 0;
                """));
        // Smooth scrolling and the highlight's flash may still be running; a screenshot should show where they end.
        wait.until(d ->
                (Boolean) script("return document.querySelector('#article mark.cited').getAnimations().length === 0;"));
        wait.until(d -> {
            Object before = script("return document.getElementById('article-panel').scrollTop;");
            sleep(Duration.ofMillis(150));
            return before.equals(script("return document.getElementById('article-panel').scrollTop;"));
        });
    }

    String conversationId() {
        return (String) script("return sessionStorage.getItem('oner.conversationId');");
    }

    void rememberConversation(String id) {
        script("sessionStorage.setItem('oner.conversationId', arguments[0]);", id);
    }

    String announced() {
        return wait.until(d -> {
            String text = element("#announcer").getText();
            return text.isBlank() ? null : text;
        });
    }

    WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> find(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
