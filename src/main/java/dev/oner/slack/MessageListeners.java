package dev.oner.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Mentions in channels, answered in a thread under the message (the thread is the conversation), and direct
 * messages, answered in the DM (the DM is the conversation). Messages from bots, this one included, are never
 * answered, and neither is a retried event.
 */
final class MessageListeners {

    private static final Logger log = LoggerFactory.getLogger(MessageListeners.class);

    private final ChatService chats;
    private final SlackWorker worker;
    private final DeliveredEvents delivered;

    MessageListeners(ChatService chats, SlackWorker worker, DeliveredEvents delivered) {
        this.chats = chats;
        this.worker = worker;
        this.delivered = delivered;
    }

    void registerOn(App app) {
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onDirectMessage);
    }

    /** Where an answer goes and which conversation it continues; threadTs null for the DM's main view. */
    private record Place(String channel, String threadTs, String conversationId) {}

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        // In a DM the message event answers; answering the mention too would answer twice.
        boolean inDirectMessage =
                event.getChannel() != null && event.getChannel().startsWith("D");
        if (inDirectMessage
                || fromBot(event.getBotId(), event.getSubtype(), event.getUser(), ctx)
                || retried(payload, ctx)) {
            return ctx.ack();
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        var place = new Place(
                event.getChannel(),
                threadTs,
                SlackText.threadConversation(payload.getTeamId(), event.getChannel(), threadTs));
        answerLater("answering a mention", ctx.client(), place, event.getText());
        return ctx.ack();
    }

    private Response onDirectMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        // Edits, deletions and other subtypes never get here: Bolt routes them as "message:<subtype>".
        MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType())
                || fromBot(event.getBotId(), null, event.getUser(), ctx)
                || retried(payload, ctx)) {
            return ctx.ack();
        }
        var place = new Place(
                event.getChannel(),
                event.getThreadTs(),
                SlackText.directConversation(payload.getTeamId(), event.getChannel()));
        answerLater("answering a direct message", ctx.client(), place, event.getText());
        return ctx.ack();
    }

    private static boolean fromBot(String botId, String subtype, String user, EventContext ctx) {
        boolean bot = botId != null || "bot_message".equals(subtype) || user == null || user.equals(ctx.getBotUserId());
        if (bot) {
            log.debug("Slack: ignored a message from a bot (bot_id {}, user {})", botId, user);
        }
        return bot;
    }

    private boolean retried(EventsApiPayload<?> payload, EventContext ctx) {
        try {
            if (delivered.firstDelivery(payload.getEventId())) {
                return false;
            }
        } catch (DataAccessException e) {
            // Better a rare second answer than none: the answer itself will say if the database is still down.
            log.warn(
                    "Slack: could not check event {} against earlier deliveries: {}",
                    payload.getEventId(),
                    e.toString());
            return false;
        }
        log.info(
                "Slack: event {} was delivered again (retry {}, {}); already answered",
                payload.getEventId(),
                ctx.getRetryNum(),
                ctx.getRetryReason());
        return true;
    }

    private void answerLater(String what, MethodsClient client, Place place, String messageText) {
        if (!worker.submit(what, () -> answer(client, place, messageText))) {
            post(client, place, SlackMessages.BUSY, null);
        }
    }

    private void answer(MethodsClient client, Place place, String messageText) {
        String question = SlackText.question(messageText);
        if (question.isEmpty()) {
            post(client, place, SlackMessages.HELP, null);
        } else if (question.length() > SlackText.QUESTION_LIMIT) {
            post(client, place, SlackMessages.TOO_LONG, null);
        } else {
            ChatReply reply;
            try {
                reply = chats.askIn(Channel.SLACK, place.conversationId(), question);
            } catch (RuntimeException e) {
                log.error("Slack: could not answer in conversation {}", place.conversationId(), e);
                post(client, place, SlackMessages.FAILED, null);
                return;
            }
            post(client, place, SlackMessages.notification(reply), SlackMessages.answer(reply));
        }
    }

    private static void post(MethodsClient client, Place place, String text, List<LayoutBlock> blocks) {
        SlackCalls.call(
                "chat.postMessage",
                () -> client.chatPostMessage(r -> r.channel(place.channel())
                        .threadTs(place.threadTs())
                        .text(text)
                        .blocks(blocks)));
    }
}
