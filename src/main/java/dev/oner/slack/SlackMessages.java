package dev.oner.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.oner.answer.Citation;
import dev.oner.conversation.ChatReply;
import java.util.ArrayList;
import java.util.List;

/**
 * Every message the bot writes to Slack, as Block Kit: the answer, then its sources, then buttons. An abstention
 * is its plain statement with no sources. Text is escaped for mrkdwn here, nowhere else.
 */
final class SlackMessages {

    static final String QUESTION_BLOCK = "question";
    static final String ANSWER_BLOCK = "answer";
    static final String SOURCES_BLOCK = "sources";
    static final String ACTIONS_BLOCK = "actions";
    static final String SHARE_ACTION = "oner_share";
    static final String FEEDBACK_UP_ACTION = "oner_feedback_up";
    static final String FEEDBACK_DOWN_ACTION = "oner_feedback_down";

    /** Slack refuses a section whose text is longer. */
    static final int SECTION_LIMIT = 3000;

    // A cited sentence is one sentence of a news article; a longer one is cut so the sources stay readable.
    private static final int QUOTE_LIMIT = 500;

    static final String HELP = """
            *I answer questions about one article.* Ask me what it is about to start. Every answer quotes the \
            article's own sentences and says where they are; when the article does not say, I tell you so.
            • *Mention me* in a channel (`@oner What is this article about?`): I answer in a thread. \
            Mention me again in that thread to ask a follow-up.
            • *Send me a direct message*: the whole DM is one conversation.
            • `/oner <question>`: only you see the answer; *Share in channel* posts it for everyone.
            • 👍 or 👎 under an answer tells us whether it helped.""";

    static final String FAILED = "Sorry, something went wrong while I was answering. Please try again.";
    static final String BUSY = "Sorry, I'm answering too many questions right now. Please try again in a minute.";
    static final String TOO_LONG = "That question is too long for me: please ask it in at most %d characters."
            .formatted(SlackText.QUESTION_LIMIT);
    static final String FORGOTTEN =
            "I no longer remember that answer (conversations are forgotten after a while). Please ask again.";
    static final String THANKS = "Thanks for the feedback!";

    private SlackMessages() {}

    /**
     * Why sharing failed, with what to do about it. Sharing goes through the click's response_url, which Slack
     * refuses (HTTP 404, {@code expired_url} or {@code used_url}) after 30 minutes or five uses.
     */
    static String cannotShare(String error) {
        return switch (error) {
            case "http_404" ->
                "That answer can no longer be shared (Slack allows it for 30 minutes): ask again with `"
                        + CommandListener.COMMAND + "`, then share the new answer.";
            default ->
                "Sorry, I couldn't share that answer (Slack said `" + SlackText.escape(error) + "`). Please try again.";
        };
    }

    /** An answer posted where everyone in the conversation sees it: a thread or a DM. */
    static List<LayoutBlock> answer(ChatReply reply) {
        return answer(null, reply, false);
    }

    /** The answer to a slash command, seen only by the asker, who may share it. */
    static List<LayoutBlock> privateAnswer(ChatReply reply) {
        return answer("You asked: “" + SlackText.escape(reply.question()) + "”", reply, true);
    }

    /** A privately given answer, shared in the channel by the user who asked. */
    static List<LayoutBlock> sharedAnswer(ChatReply reply, String userId) {
        return answer("<@" + userId + "> asked: “" + SlackText.escape(reply.question()) + "”", reply, false);
    }

    /** The message's plain text: what notifications and screen readers show in place of the blocks. */
    static String notification(ChatReply reply) {
        return limit(SlackText.escape(reply.answer()), SECTION_LIMIT);
    }

    /** The line listing the sources: "*Sources*", then "[n] “sentence” (paragraph p)" per citation. */
    static String sources(List<Citation> citations) {
        var text = new StringBuilder("*Sources*");
        for (Citation citation : citations) {
            String line = "\n*[%d]* “%s” _(paragraph %d)_"
                    .formatted(
                            citation.n(), limit(SlackText.escape(citation.text()), QUOTE_LIMIT), citation.paragraph());
            if (text.length() + line.length() > SECTION_LIMIT) {
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    private static List<LayoutBlock> answer(String questionLine, ChatReply reply, boolean shareable) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (questionLine != null) {
            blocks.add(context(c -> c.blockId(QUESTION_BLOCK)
                    .elements(asContextElements(markdownText(limit(questionLine, SECTION_LIMIT))))));
        }
        blocks.add(section(s -> s.blockId(ANSWER_BLOCK).text(markdownText(notification(reply)))));
        if (reply.answered() && !reply.citations().isEmpty()) {
            blocks.add(section(s -> s.blockId(SOURCES_BLOCK).text(markdownText(sources(reply.citations())))));
        }
        blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK).elements(buttons(reply, shareable))));
        return blocks;
    }

    private static List<BlockElement> buttons(ChatReply reply, boolean shareable) {
        String value = new TurnRef(reply.conversationId(), reply.turn()).value();
        List<BlockElement> buttons = new ArrayList<>();
        if (shareable) {
            buttons.add(button(b -> b.actionId(SHARE_ACTION)
                    .text(plainText("Share in channel"))
                    .style("primary")
                    .value(value)));
        }
        buttons.add(button(b -> b.actionId(FEEDBACK_UP_ACTION)
                .text(plainText("👍 Helpful"))
                .accessibilityLabel("This answer was helpful")
                .value(value)));
        buttons.add(button(b -> b.actionId(FEEDBACK_DOWN_ACTION)
                .text(plainText("👎 Not helpful"))
                .accessibilityLabel("This answer was not helpful")
                .value(value)));
        return buttons;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
