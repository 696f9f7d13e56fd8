package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.oner.answer.Citation;
import dev.oner.conversation.ChatReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMessagesTest {

    private static final Citation LENGTH = new Citation(
            1,
            "The Netflix movie Extraction includes a one-shot action sequence that runs 12 minutes in length.",
            1,
            0,
            97,
            0.9);
    private static final Citation DIRECTOR =
            new Citation(2, "Sam Hargrave <director> had to fight for it & won.", 3, 400, 450, 0.7);

    private static ChatReply answered(Citation... citations) {
        return new ChatReply(
                "slack-T1-C1-1700000000.000100",
                2,
                "How long is it?",
                "How long is the oner?",
                "It runs 12 minutes [1] & took a fight [2].",
                true,
                "extractive",
                List.of(citations));
    }

    private static ChatReply abstention() {
        return new ChatReply(
                "slack-T1-D1",
                1,
                "What was the budget?",
                "What was the budget?",
                "The article doesn't say.",
                false,
                "extractive",
                List.of());
    }

    @Test
    void should_show_the_answer_then_its_sources_then_feedback_buttons() {
        // when
        JsonArray blocks = json(SlackMessages.answer(answered(LENGTH, DIRECTOR)));

        // then
        assertThat(blockIds(blocks)).containsExactly("answer", "sources", "actions");
        assertThat(text(blocks, "answer")).isEqualTo("It runs 12 minutes [1] &amp; took a fight [2].");
        assertThat(text(blocks, "sources")).isEqualTo("""
        *Sources*
        *[1]* “The Netflix movie Extraction includes a one-shot action sequence that runs 12 minutes in length.” _(paragraph 1)_
        *[2]* “Sam Hargrave &lt;director&gt; had to fight for it &amp; won.” _(paragraph 3)_""");
        assertThat(buttons(blocks, "action_id")).containsExactly("oner_feedback_up", "oner_feedback_down");
        assertThat(buttons(blocks, "value")).containsOnly("slack-T1-C1-1700000000.000100#2");
    }

    @Test
    void should_give_an_abstention_as_its_plain_statement_without_sources() {
        // when
        JsonArray blocks = json(SlackMessages.answer(abstention()));

        // then
        assertThat(blockIds(blocks)).containsExactly("answer", "actions");
        assertThat(text(blocks, "answer")).isEqualTo("The article doesn't say.");
    }

    @Test
    void should_offer_the_asker_alone_a_share_button_and_name_the_asker_once_shared() {
        // when
        JsonArray privately = json(SlackMessages.privateAnswer(answered(LENGTH)));
        JsonArray shared = json(SlackMessages.sharedAnswer(answered(LENGTH), "U123"));

        // then
        assertThat(blockIds(privately)).containsExactly("question", "answer", "sources", "actions");
        assertThat(contextText(privately)).isEqualTo("You asked: “How long is it?”");
        assertThat(buttons(privately, "action_id"))
                .containsExactly("oner_share", "oner_feedback_up", "oner_feedback_down");
        assertThat(contextText(shared)).isEqualTo("<@U123> asked: “How long is it?”");
        assertThat(buttons(shared, "action_id")).containsExactly("oner_feedback_up", "oner_feedback_down");
    }

    @Test
    void should_keep_every_section_within_slacks_limit() {
        // given
        List<Citation> many = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            many.add(new Citation(n, "x".repeat(900), n, 0, 900, 0.5));
        }
        var reply = new ChatReply("c", 1, "q", "q", "y".repeat(5000), true, "extractive", many);

        // when
        JsonArray blocks = json(SlackMessages.answer(reply));

        // then
        assertThat(text(blocks, "answer")).hasSize(SlackMessages.SECTION_LIMIT).endsWith("…");
        assertThat(text(blocks, "sources"))
                .hasSizeLessThanOrEqualTo(SlackMessages.SECTION_LIMIT)
                .contains("*[5]*");
        assertThat(SlackMessages.notification(reply)).hasSizeLessThanOrEqualTo(SlackMessages.SECTION_LIMIT);
    }

    @Test
    void should_say_what_to_do_when_an_answer_can_no_longer_be_shared() {
        assertThat(SlackMessages.cannotShare("http_404")).contains("30 minutes").contains("`/oner`");
        assertThat(SlackMessages.cannotShare("ratelimited"))
                .contains("`ratelimited`")
                .contains("try again");
    }

    private static JsonArray json(List<LayoutBlock> blocks) {
        return GsonFactory.createSnakeCase().toJsonTree(blocks).getAsJsonArray();
    }

    private static List<String> blockIds(JsonArray blocks) {
        List<String> ids = new ArrayList<>();
        blocks.forEach(block -> ids.add(block.getAsJsonObject().get("block_id").getAsString()));
        return ids;
    }

    private static JsonObject block(JsonArray blocks, String id) {
        for (JsonElement block : blocks) {
            if (block.getAsJsonObject().get("block_id").getAsString().equals(id)) {
                return block.getAsJsonObject();
            }
        }
        throw new AssertionError("no block " + id);
    }

    private static String text(JsonArray blocks, String id) {
        JsonObject text = block(blocks, id).getAsJsonObject("text");
        assertThat(text.get("type").getAsString()).isEqualTo("mrkdwn");
        return text.get("text").getAsString();
    }

    private static String contextText(JsonArray blocks) {
        return block(blocks, "question")
                .getAsJsonArray("elements")
                .get(0)
                .getAsJsonObject()
                .get("text")
                .getAsString();
    }

    private static List<String> buttons(JsonArray blocks, String field) {
        List<String> values = new ArrayList<>();
        block(blocks, "actions").getAsJsonArray("elements").forEach(button -> {
            assertThat(button.getAsJsonObject().get("type").getAsString()).isEqualTo("button");
            values.add(button.getAsJsonObject().get(field).getAsString());
        });
        return values;
    }
}
