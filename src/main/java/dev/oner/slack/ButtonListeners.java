package dev.oner.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.conversation.ConversationNotFoundException;
import dev.oner.feedback.FeedbackService;
import dev.oner.feedback.Rating;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The buttons under an answer. Each carries the answer's conversation and turn, and the answer is rebuilt from the
 * conversation, so a click works on any copy of the message.
 */
final class ButtonListeners {

    private static final Logger log = LoggerFactory.getLogger(ButtonListeners.class);

    private final ChatService chats;
    private final FeedbackService feedback;
    private final SlackWorker worker;

    ButtonListeners(ChatService chats, FeedbackService feedback, SlackWorker worker) {
        this.chats = chats;
        this.feedback = feedback;
        this.worker = worker;
    }

    void registerOn(App app) {
        app.blockAction(SlackMessages.SHARE_ACTION, this::onShare);
        app.blockAction(SlackMessages.FEEDBACK_UP_ACTION, (request, ctx) -> onFeedback(request, ctx, Rating.UP));
        app.blockAction(SlackMessages.FEEDBACK_DOWN_ACTION, (request, ctx) -> onFeedback(request, ctx, Rating.DOWN));
    }

    private Response onShare(BlockActionRequest request, ActionContext ctx) {
        Click click = Click.of(request.getPayload());
        run("sharing an answer", ctx, click, () -> share(ctx, click));
        return ctx.ack();
    }

    /**
     * Posts the answer for everyone through the click's response_url ({@code response_type: in_channel}), then
     * removes the private copy. A response_url works wherever the command was used, DMs between people included,
     * where chat.postMessage would need the bot to be a member.
     */
    private void share(ActionContext ctx, Click click) {
        Optional<ChatReply> reply = click.turn().flatMap(this::remembered);
        if (reply.isEmpty()) {
            tell(ctx, click, SlackMessages.FORGOTTEN);
            return;
        }
        Optional<String> error = SlackCalls.respond(
                "sharing an answer",
                () -> ctx.respond(r -> r.responseType("in_channel")
                        .replaceOriginal(false)
                        .text(SlackMessages.notification(reply.get()))
                        .blocks(SlackMessages.sharedAnswer(reply.get(), click.user()))));
        if (error.isEmpty()) {
            SlackCalls.respond("removing the shared private answer", () -> ctx.respond(r -> r.deleteOriginal(true)));
        } else {
            tell(ctx, click, SlackMessages.cannotShare(error.get()));
        }
    }

    private Response onFeedback(BlockActionRequest request, ActionContext ctx, Rating rating) {
        Click click = Click.of(request.getPayload());
        run("recording feedback", ctx, click, () -> record(ctx, click, rating));
        return ctx.ack();
    }

    private void record(ActionContext ctx, Click click, Rating rating) {
        Optional<TurnRef> turn = click.turn();
        try {
            if (turn.isPresent()) {
                feedback.record(
                        Channel.SLACK, turn.get().conversationId(), turn.get().turn(), rating, "");
                tell(ctx, click, SlackMessages.THANKS);
                return;
            }
        } catch (ConversationNotFoundException e) {
            // The id may name no Slack conversation at all (say, a web one pasted into a button): it is not
            // Slack's to log.
            log.info("Slack: feedback on an answer that is forgotten or not Slack's");
        } catch (DataAccessException e) {
            log.warn(
                    "Slack: feedback could not be stored: {}",
                    e.getMostSpecificCause().toString());
            tell(ctx, click, SlackMessages.FAILED);
            return;
        }
        tell(ctx, click, SlackMessages.FORGOTTEN);
    }

    private Optional<ChatReply> remembered(TurnRef ref) {
        try {
            return chats.conversation(Channel.SLACK, ref.conversationId()).turns().stream()
                    .filter(reply -> reply.turn() == ref.turn())
                    .findFirst();
        } catch (ConversationNotFoundException e) {
            return Optional.empty();
        }
    }

    private void run(String what, ActionContext ctx, Click click, Runnable task) {
        if (!worker.submit(what, task)) {
            tell(ctx, click, SlackMessages.BUSY);
        }
    }

    /** A note only the clicking user sees, beside the message clicked. */
    private static void tell(ActionContext ctx, Click click, String text) {
        SlackCalls.respond(
                "telling the user",
                () -> ctx.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(false)
                        .threadTs(click.threadTs())
                        .text(text)));
    }

    /** What a button click says: who clicked, the answer it names, and the thread of the message clicked. */
    private record Click(String user, String value, String threadTs) {

        static Click of(BlockActionPayload payload) {
            String value = payload.getActions().get(0).getValue();
            String threadTs = payload.getContainer() == null
                    ? null
                    : payload.getContainer().getThreadTs();
            return new Click(payload.getUser().getId(), value, threadTs);
        }

        Optional<TurnRef> turn() {
            Optional<TurnRef> turn = TurnRef.parse(value);
            if (turn.isEmpty()) {
                log.warn("Slack: a button carried a value this bot did not write");
            }
            return turn;
        }
    }
}
