package dev.oner.slack;

import static dev.oner.slack.FakeSlack.actionIds;
import static dev.oner.slack.FakeSlack.block;
import static dev.oner.slack.FakeSlack.buttonValue;
import static dev.oner.slack.FakeSlack.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.feedback.Feedback;
import dev.oner.feedback.FeedbackService;
import dev.oner.feedback.Rating;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Slack channel end to end: really signed requests to the running app's /slack/events, and Slack's Web API
 * played by a loopback server that records what the bot sends. One worker thread, so answers come in the order
 * the requests were made: a request answered by mistake would show up before the next one's answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oner.slack.bot-token=xoxb-test-token",
            "oner.slack.signing-secret=" + SlackChannelIT.SIGNING_SECRET,
            "oner.slack.worker-threads=1"
        })
@ExtendWith(OutputCaptureExtension.class)
class SlackChannelIT {

    static final String SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

    private static final Logger log = LoggerFactory.getLogger(SlackChannelIT.class);
    private static final ObjectMapper json = new ObjectMapper();
    private static final FakeSlack slack = FakeSlack.start();
    private static final AtomicInteger sequence = new AtomicInteger();

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("oner.slack.api-url", slack::apiUrl);
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ChatService chats;

    @Autowired
    FeedbackService feedback;

    SignedRequests requests;

    @BeforeEach
    void signedRequests() {
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), SIGNING_SECRET);
    }

    @Test
    void should_answer_a_mention_in_a_thread_under_it_with_the_cited_sentence() throws Exception {
        // given
        String ts = nextTs();

        // when
        Instant sent = Instant.now();
        HttpResponse<String> ack =
                requests.event(mention("C1MENTION", ts, null, "<@UBOT> How long is the one-shot sequence?"));
        Duration ackTime = Duration.between(sent, Instant.now());

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackTime).isLessThan(Duration.ofSeconds(3));
        JsonNode post = slack.awaitPost("C1MENTION", ts);
        String payload = json.writerWithDefaultPrettyPrinter().writeValueAsString(post);
        log.info("Acknowledged in {} ms; the Block Kit the bot sent for the mention:\n{}", ackTime.toMillis(), payload);
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("slack-mention-payload.json"), payload);
        assertThat(slack.calls("chat.postMessage"))
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer xoxb-test-token"));
        assertThat(text(post, "thread_ts")).isEqualTo(ts);
        assertThat(block(post, SlackMessages.ANSWER_BLOCK).at("/text/text").asText())
                .contains("12 minutes")
                .contains("[1]");
        assertThat(block(post, SlackMessages.SOURCES_BLOCK).at("/text/text").asText())
                .startsWith("*Sources*")
                .contains(
                        "*[1]* “The Netflix movie Extraction includes a one-shot action sequence that runs 12 minutes")
                .contains("_(paragraph 1)_");
        assertThat(actionIds(post))
                .containsExactly(SlackMessages.FEEDBACK_UP_ACTION, SlackMessages.FEEDBACK_DOWN_ACTION);
        assertThat(chats.conversation(Channel.SLACK, SlackText.threadConversation(FakeSlack.TEAM, "C1MENTION", ts))
                        .turns())
                .hasSize(1);
    }

    @Test
    void should_answer_a_follow_up_mention_in_the_thread_within_the_same_conversation() {
        // given
        String root = nextTs();
        requests.event(mention("C2THREAD", root, null, "<@UBOT> Who stars in Extraction?"));
        slack.awaitPost("C2THREAD", root);

        // when
        requests.event(mention("C2THREAD", nextTs(), root, "<@UBOT> What character does he play?"));

        // then
        JsonNode followUp = slack.awaitPosts("C2THREAD", root, 2).get(1);
        assertThat(block(followUp, SlackMessages.ANSWER_BLOCK).at("/text/text").asText())
                .contains("Tyler Rake");
        assertThat(chats.conversation(Channel.SLACK, SlackText.threadConversation(FakeSlack.TEAM, "C2THREAD", root))
                        .turns())
                .extracting(ChatReply::question)
                .containsExactly("Who stars in Extraction?", "What character does he play?");
    }

    @Test
    void should_answer_direct_messages_as_one_conversation() {
        // given
        requests.event(directMessage("D3DIRECT", nextTs(), "U3", "How long is the one-shot sequence?"));
        JsonNode first = slack.awaitPost("D3DIRECT", null);

        // when
        requests.event(directMessage("D3DIRECT", nextTs(), "U3", "Who stars in Extraction?"));

        // then
        assertThat(block(first, SlackMessages.SOURCES_BLOCK).at("/text/text").asText())
                .contains("12 minutes");
        JsonNode second = slack.awaitPosts("D3DIRECT", null, 2).get(1);
        assertThat(block(second, SlackMessages.ANSWER_BLOCK).at("/text/text").asText())
                .contains("Chris Hemsworth");
        assertThat(chats.conversation(Channel.SLACK, SlackText.directConversation(FakeSlack.TEAM, "D3DIRECT"))
                        .turns())
                .hasSize(2);
    }

    @Test
    void should_answer_a_slash_command_privately_and_share_it_in_the_channel_on_request() {
        answerPrivatelyThenShare("C4SHARE", "U4", "4");
    }

    /** A DM between two people: the bot is no member of it, so only the response_url can post there. */
    @Test
    void should_share_a_slash_command_answer_in_a_direct_message_between_people() {
        answerPrivatelyThenShare("D4PEOPLE", "U4DM", "4dm");
    }

    private void answerPrivatelyThenShare(String channel, String user, String name) {
        // given
        String commandUrl = slack.responseUrl("command-" + name);

        // when
        HttpResponse<String> ack =
                requests.command(command(channel, user, "How long is the one-shot sequence?", commandUrl));

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        JsonNode ephemeral = slack.awaitResponse("command-" + name);
        assertThat(text(ephemeral, "response_type")).isEqualTo("ephemeral");
        assertThat(block(ephemeral, SlackMessages.QUESTION_BLOCK).toString())
                .contains("You asked: “How long is the one-shot sequence?”");
        assertThat(block(ephemeral, SlackMessages.SOURCES_BLOCK)
                        .at("/text/text")
                        .asText())
                .contains("12 minutes");
        assertThat(actionIds(ephemeral)).startsWith(SlackMessages.SHARE_ACTION);

        // when
        String shareUrl = slack.responseUrl("share-" + name);
        HttpResponse<String> clicked = requests.interaction(buttonClick(
                user,
                channel,
                SlackMessages.SHARE_ACTION,
                buttonValue(ephemeral, SlackMessages.SHARE_ACTION),
                shareUrl,
                null,
                true));

        // then
        assertThat(clicked.statusCode()).isEqualTo(200);
        JsonNode shared =
                slack.awaitCall("respond/share-" + name, body -> "in_channel".equals(text(body, "response_type")));
        assertThat(shared.path("replace_original").asBoolean()).isFalse();
        assertThat(block(shared, SlackMessages.QUESTION_BLOCK).toString())
                .contains("<@" + user + "> asked: “How long is the one-shot sequence?”");
        assertThat(block(shared, SlackMessages.ANSWER_BLOCK)).isEqualTo(block(ephemeral, SlackMessages.ANSWER_BLOCK));
        assertThat(block(shared, SlackMessages.SOURCES_BLOCK)).isEqualTo(block(ephemeral, SlackMessages.SOURCES_BLOCK));
        assertThat(actionIds(shared)).doesNotContain(SlackMessages.SHARE_ACTION);
        slack.awaitCall(
                "respond/share-" + name, body -> body.path("delete_original").asBoolean());
        assertThat(slack.calls("respond/share-" + name))
                .extracting(call -> call.body().path("delete_original").asBoolean())
                .containsExactly(false, true);
        assertThat(slack.calls("chat.postMessage")).noneMatch(call -> channel.equals(text(call.body(), "channel")));
    }

    @Test
    void should_answer_an_event_once_when_slack_retries_it(CapturedOutput output) {
        // given
        String ts = nextTs();
        String mention = mention("C5RETRY", ts, null, "<@UBOT> How long is the one-shot sequence?");
        assertThat(requests.event(mention).statusCode()).isEqualTo(200);

        // when
        HttpResponse<String> retry =
                requests.event(mention, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        // then
        assertThat(retry.statusCode()).isEqualTo(200);
        String later = nextTs();
        requests.event(mention("C5RETRY", later, null, "<@UBOT> Who stars in Extraction?"));
        slack.awaitPost("C5RETRY", later);
        assertThat(slack.posts("C5RETRY", ts)).hasSize(1);
        assertThat(chats.conversation(Channel.SLACK, SlackText.threadConversation(FakeSlack.TEAM, "C5RETRY", ts))
                        .turns())
                .hasSize(1);
        assertThat(output.getOut()).contains("was delivered again (retry 1, http_timeout)");
    }

    @Test
    void should_refuse_requests_with_a_bad_or_stale_signature() {
        // given
        String body = mention("C6SIGNED", nextTs(), null, "<@UBOT> How long is the one-shot sequence?");
        String now = Long.toString(Instant.now().getEpochSecond());

        // when
        HttpResponse<String> badSignature = requests.send(
                "application/json", body, now, SignedRequests.signature("another-secret", now, body), Map.of());
        HttpResponse<String> stale =
                requests.signed("application/json", body, Instant.now().minus(Duration.ofMinutes(6)), Map.of());
        HttpResponse<String> unsigned = requests.send("application/json", body, null, null, Map.of());

        // then
        assertThat(badSignature.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        String later = nextTs();
        requests.event(mention("C6SIGNED", later, null, "<@UBOT> Who stars in Extraction?"));
        slack.awaitPost("C6SIGNED", later);
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(call -> "C6SIGNED".equals(text(call.body(), "channel")))
                .singleElement()
                .satisfies(call -> assertThat(text(call.body(), "thread_ts")).isEqualTo(later));
    }

    @Test
    void should_answer_slack_url_verification_with_the_challenge() {
        // when
        HttpResponse<String> response = requests.event(
                "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void should_ignore_messages_from_bots_itself_included_and_edits() {
        // given
        String question = "How long is the one-shot sequence?";
        ObjectNode fromOtherBot = message("D8BOTS", nextTs(), null, question)
                .put("subtype", "bot_message")
                .put("bot_id", "B0OTHER");
        ObjectNode fromBotUser =
                message("D8BOTS", nextTs(), "U0OTHERBOT", question).put("bot_id", "B0OTHER");
        ObjectNode fromItself =
                message("D8BOTS", nextTs(), FakeSlack.BOT_USER, question).put("bot_id", FakeSlack.BOT_ID);
        ObjectNode edited = message("D8BOTS", nextTs(), null, null).put("subtype", "message_changed");
        edited.set(
                "message",
                json.createObjectNode()
                        .put("type", "message")
                        .put("user", "U8")
                        .put("text", question)
                        .put("ts", nextTs()));
        ObjectNode mentionByBot =
                mentionEvent("C8BOTS", nextTs(), null, "<@UBOT> " + question).put("bot_id", "B0OTHER");

        // when
        for (ObjectNode event : new ObjectNode[] {fromOtherBot, fromBotUser, fromItself, edited, mentionByBot}) {
            assertThat(requests.event(envelope(event)).statusCode()).isEqualTo(200);
        }

        // then
        requests.event(directMessage("D8BOTS", nextTs(), "U8", question));
        assertThat(slack.awaitPost("D8BOTS", null)).isNotNull();
        assertThat(slack.posts("D8BOTS", null)).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).noneMatch(call -> "C8BOTS".equals(text(call.body(), "channel")));
    }

    @Test
    void should_record_feedback_from_the_thumbs_buttons() {
        // given
        String ts = nextTs();
        requests.event(mention("C9FEEDBACK", ts, null, "<@UBOT> How long is the one-shot sequence?"));
        JsonNode answer = slack.awaitPost("C9FEEDBACK", ts);
        String value = buttonValue(answer, SlackMessages.FEEDBACK_UP_ACTION);

        // when
        HttpResponse<String> clicked = requests.interaction(buttonClick(
                "U9",
                "C9FEEDBACK",
                SlackMessages.FEEDBACK_UP_ACTION,
                value,
                slack.responseUrl("feedback-9"),
                ts,
                false));

        // then
        assertThat(clicked.statusCode()).isEqualTo(200);
        String conversationId = SlackText.threadConversation(FakeSlack.TEAM, "C9FEEDBACK", ts);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !feedback.forConversation(Channel.SLACK, conversationId).isEmpty());
        assertThat(feedback.forConversation(Channel.SLACK, conversationId))
                .singleElement()
                .extracting(Feedback::turn, Feedback::rating, Feedback::channel)
                .containsExactly(1, Rating.UP, Channel.SLACK);
        JsonNode thanks = slack.awaitResponse("feedback-9");
        assertThat(text(thanks, "text")).isEqualTo(SlackMessages.THANKS);
        assertThat(text(thanks, "response_type")).isEqualTo("ephemeral");
        assertThat(thanks.path("replace_original").asBoolean()).isFalse();
    }

    @Test
    void should_explain_usage_for_help_an_empty_command_and_a_bare_mention() throws Exception {
        // when
        HttpResponse<String> help = requests.command(command("C10HELP", "U10", "help", slack.responseUrl("help-10")));
        HttpResponse<String> empty = requests.command(command("C10HELP", "U10", "  ", slack.responseUrl("empty-10")));
        String ts = nextTs();
        requests.event(mention("C10HELP", ts, null, "<@UBOT>"));

        // then
        for (HttpResponse<String> response : List.of(help, empty)) {
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(response.body());
            assertThat(text(body, "response_type")).isEqualTo("ephemeral");
            assertThat(text(body, "text")).isEqualTo(SlackMessages.HELP).contains("/oner <question>");
        }
        assertThat(text(slack.awaitPost("C10HELP", ts), "text")).isEqualTo(SlackMessages.HELP);
    }

    @Test
    void should_say_plainly_when_the_article_does_not_answer_and_cite_nothing() {
        // given
        String ts = nextTs();

        // when
        requests.event(mention("C11ABSTAIN", ts, null, "<@UBOT> What was the budget of Extraction?"));

        // then
        JsonNode post = slack.awaitPost("C11ABSTAIN", ts);
        assertThat(block(post, SlackMessages.SOURCES_BLOCK)).isNull();
        assertThat(block(post, SlackMessages.ANSWER_BLOCK).at("/text/text").asText())
                .startsWith("The article doesn't say.")
                .doesNotContain("[1]");
    }

    @Test
    void should_log_a_failing_slack_api_and_keep_answering(CapturedOutput output) {
        // given
        slack.failNext("chat.postMessage", 500, "<html><body>Internal Server Error</body></html>");
        slack.failNext("chat.postMessage", 200, "{\"ok\":false,\"error\":\"channel_not_found\"}");

        // when
        requests.event(mention("C12FAILING", nextTs(), null, "<@UBOT> How long is the one-shot sequence?"));
        requests.event(mention("C12FAILING", nextTs(), null, "<@UBOT> Who stars in Extraction?"));
        String ts = nextTs();
        requests.event(mention("C12FAILING", ts, null, "<@UBOT> How long is the one-shot sequence?"));

        // then
        JsonNode answered = slack.awaitPost("C12FAILING", ts);
        assertThat(block(answered, SlackMessages.SOURCES_BLOCK)).isNotNull();
        assertThat(output.getOut())
                .contains("Slack chat.postMessage failed: HTTP 500")
                .contains("Slack chat.postMessage failed: channel_not_found");
    }

    @Test
    void should_keep_dm_thread_and_command_conversations_out_of_the_rest_apis_reach(CapturedOutput output)
            throws Exception {
        // given a DM, a thread and a slash-command conversation, each answered once
        String ts = nextTs();
        requests.event(directMessage("D13PRIVATE", nextTs(), "U13", "How long is the one-shot sequence?"));
        requests.event(mention("C13THREAD", ts, null, "<@UBOT> Who stars in Extraction?"));
        requests.command(command("C13CMD", "U13", "Who directed Extraction?", slack.responseUrl("command-13")));
        slack.awaitPost("D13PRIVATE", null);
        slack.awaitPost("C13THREAD", ts);
        slack.awaitResponse("command-13");
        List<String> slackIds = List.of(
                SlackText.directConversation(FakeSlack.TEAM, "D13PRIVATE"),
                SlackText.threadConversation(FakeSlack.TEAM, "C13THREAD", ts),
                SlackText.commandConversation(FakeSlack.TEAM, "C13CMD", "U13"));
        String neverIssued = UUID.randomUUID().toString();
        String unknownBody =
                rest("GET", "/api/conversations/" + neverIssued, null).body().replace(neverIssued, "ID");

        for (String id : slackIds) {
            // when REST tries to read, extend and rate it
            HttpResponse<String> read = rest("GET", "/api/conversations/" + id, null);
            HttpResponse<String> extend = rest(
                    "POST",
                    "/api/chat",
                    json.writeValueAsString(Map.of("message", "What else?", "conversationId", id)));
            HttpResponse<String> stream = rest(
                    "POST",
                    "/api/chat/stream",
                    json.writeValueAsString(Map.of("message", "What else?", "conversationId", id)));
            HttpResponse<String> rate = rest(
                    "POST",
                    "/api/feedback",
                    json.writeValueAsString(Map.of("conversationId", id, "turn", 1, "rating", "down")));

            // then every answer is the one for an id never issued, and the conversation is untouched
            for (HttpResponse<String> refused : List.of(read, extend, stream, rate)) {
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(json.readTree(refused.body()).get("title").asText()).isEqualTo("Unknown conversation");
            }
            assertThat(read.body().replace(id, "ID")).isEqualTo(unknownBody);
            assertThat(chats.conversation(Channel.SLACK, id).turns()).hasSize(1);
            assertThat(feedback.forConversation(Channel.SLACK, id)).isEmpty();
            assertThat(feedback.forConversation(Channel.WEB, id)).isEmpty();
        }
        // and Slack's own names are not even of the form the API accepts
        assertThat(rest("GET", "/api/conversations/slack-" + FakeSlack.TEAM + "-D13PRIVATE", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(output.getOut()).doesNotContain("D13PRIVATE").doesNotContain(slackIds.get(0));
    }

    @Test
    void should_not_let_slacks_buttons_rate_a_web_conversation(CapturedOutput output) throws Exception {
        // given a conversation started on the web
        JsonNode reply = json.readTree(rest("POST", "/api/chat", "{\"message\": \"Who stars in Extraction?\"}")
                .body());
        String webId = reply.get("conversationId").asText();

        // when a Slack button names it
        HttpResponse<String> clicked = requests.interaction(buttonClick(
                "U14",
                "C14WEB",
                SlackMessages.FEEDBACK_UP_ACTION,
                new TurnRef(webId, 1).value(),
                slack.responseUrl("feedback-14"),
                null,
                false));

        // then Slack is told the answer is unknown, nothing is stored, and the web id is not in Slack's logs
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(text(slack.awaitResponse("feedback-14"), "text")).isEqualTo(SlackMessages.FORGOTTEN);
        assertThat(feedback.forConversation(Channel.WEB, webId)).isEmpty();
        assertThat(feedback.forConversation(Channel.SLACK, webId)).isEmpty();
        assertThat(output.getOut()).doesNotContain(webId);

        // and the web conversation is unchanged and still works
        assertThat(chats.conversation(Channel.WEB, webId).turns()).hasSize(1);
        HttpResponse<String> rated = rest(
                "POST",
                "/api/feedback",
                json.writeValueAsString(Map.of("conversationId", webId, "turn", 1, "rating", "up")));
        assertThat(rated.statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> rest(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json, text/event-stream");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String nextTs() {
        return "1700000000.%06d".formatted(sequence.incrementAndGet());
    }

    static String mention(String channel, String ts, String threadTs, String text) {
        return envelope(mentionEvent(channel, ts, threadTs, text));
    }

    private static ObjectNode mentionEvent(String channel, String ts, String threadTs, String text) {
        ObjectNode event = json.createObjectNode()
                .put("type", "app_mention")
                .put("user", "U0ASKER")
                .put("text", text)
                .put("ts", ts)
                .put("channel", channel)
                .put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    static String directMessage(String channel, String ts, String user, String text) {
        return envelope(message(channel, ts, user, text));
    }

    private static ObjectNode message(String channel, String ts, String user, String text) {
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("channel", channel)
                .put("channel_type", "im")
                .put("ts", ts)
                .put("event_ts", ts);
        if (user != null) {
            event.put("user", user);
        }
        if (text != null) {
            event.put("text", text);
        }
        return event;
    }

    /** The Events API's outer payload; the event id is unique per delivery unless the test reuses the body. */
    private static String envelope(ObjectNode event) {
        return FakeSlack.eventCallback("Ev" + sequence.incrementAndGet(), event);
    }

    static Map<String, String> command(String channel, String user, String text, String responseUrl) {
        return Map.of(
                "token",
                "legacy-verification-token",
                "team_id",
                FakeSlack.TEAM,
                "channel_id",
                channel,
                "channel_name",
                "general",
                "user_id",
                user,
                "user_name",
                "asker",
                "command",
                "/oner",
                "text",
                text,
                "response_url",
                responseUrl,
                "trigger_id",
                "13345224609.738474920.8088930838d88f008e0");
    }

    static String buttonClick(
            String user,
            String channel,
            String actionId,
            String value,
            String responseUrl,
            String threadTs,
            boolean ephemeral) {
        ObjectNode payload = json.createObjectNode()
                .put("type", "block_actions")
                .put("api_app_id", "A0ONER")
                .put("token", "legacy-verification-token")
                .put("trigger_id", "13345224609.738474920.8088930838d88f008e0")
                .put("response_url", responseUrl);
        payload.putObject("team").put("id", FakeSlack.TEAM).put("domain", "oner-test");
        payload.putObject("user").put("id", user).put("username", "asker").put("team_id", FakeSlack.TEAM);
        payload.putObject("channel").put("id", channel).put("name", "general");
        ObjectNode container = payload.putObject("container")
                .put("type", "message")
                .put("message_ts", "1800000000.000001")
                .put("channel_id", channel)
                .put("is_ephemeral", ephemeral);
        if (threadTs != null) {
            container.put("thread_ts", threadTs);
        }
        payload.putArray("actions")
                .addObject()
                .put("type", "button")
                .put("action_id", actionId)
                .put("block_id", SlackMessages.ACTIONS_BLOCK)
                .put("value", value)
                .put("action_ts", "1800000001.000001");
        return payload.toString();
    }
}
