package dev.oner.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /oner <question>}: the answer only the asker sees, with a button to share it. {@code /oner help}, or
 * the command alone, explains the bot.
 */
final class CommandListener {

    static final String COMMAND = "/oner";

    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    private static final String EPHEMERAL = "ephemeral";

    private final ChatService chats;
    private final SlackWorker worker;

    CommandListener(ChatService chats, SlackWorker worker) {
        this.chats = chats;
        this.worker = worker;
    }

    void registerOn(App app) {
        app.command(COMMAND, this::onCommand);
    }

    private Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        String question = SlackText.question(command.getText());
        if (question.isEmpty() || question.toLowerCase(Locale.ROOT).equals("help")) {
            return ctx.ack(r -> r.responseType(EPHEMERAL).text(SlackMessages.HELP));
        }
        if (question.length() > SlackText.QUESTION_LIMIT) {
            return ctx.ack(r -> r.responseType(EPHEMERAL).text(SlackMessages.TOO_LONG));
        }
        String conversationId =
                SlackText.commandConversation(command.getTeamId(), command.getChannelId(), command.getUserId());
        boolean queued = worker.submit("answering " + COMMAND, () -> answer(ctx, conversationId, question));
        return queued ? ctx.ack() : ctx.ack(r -> r.responseType(EPHEMERAL).text(SlackMessages.BUSY));
    }

    private void answer(SlashCommandContext ctx, String conversationId, String question) {
        SlashCommandResponse response = response(conversationId, question);
        SlackCalls.respond(COMMAND + " answer", () -> ctx.respond(response));
    }

    private SlashCommandResponse response(String conversationId, String question) {
        try {
            ChatReply reply = chats.askIn(Channel.SLACK, conversationId, question);
            return SlashCommandResponse.builder()
                    .responseType(EPHEMERAL)
                    .text(SlackMessages.notification(reply))
                    .blocks(SlackMessages.privateAnswer(reply))
                    .build();
        } catch (RuntimeException e) {
            log.error("Slack: could not answer {} in conversation {}", COMMAND, conversationId, e);
            return SlashCommandResponse.builder()
                    .responseType(EPHEMERAL)
                    .text(SlackMessages.FAILED)
                    .build();
        }
    }
}
