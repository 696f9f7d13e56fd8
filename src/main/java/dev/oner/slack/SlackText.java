package dev.oner.slack;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Slack's side of text and names: questions out of its message markup, answers into it, conversation ids. */
final class SlackText {

    /** The longest question answered, the same as the REST API's. */
    static final int QUESTION_LIMIT = 2000;

    private static final Pattern USER_MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern SPECIAL_MENTION = Pattern.compile("<![^>]*>");
    private static final Pattern LABELLED = Pattern.compile("<[#@]?[^|>]+\\|([^>]+)>");
    private static final Pattern BARE_LINK = Pattern.compile("<([^>|]+)>");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9:._-]");

    private SlackText() {}

    /** The question in a message: mentions removed, links and channels as they read, entities decoded. */
    static String question(String messageText) {
        if (messageText == null) {
            return "";
        }
        String text = USER_MENTION.matcher(messageText).replaceAll(" ");
        text = SPECIAL_MENTION.matcher(text).replaceAll(" ");
        text = LABELLED.matcher(text).replaceAll("$1");
        text = BARE_LINK.matcher(text).replaceAll("$1");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Text safe to put in mrkdwn: Slack reads only these three characters as markup that must be escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A thread in a channel: its messages are one conversation. */
    static String threadConversation(String team, String channel, String threadTs) {
        return conversationId(team, channel, threadTs);
    }

    /** A direct message channel with the bot: all of it is one conversation. */
    static String directConversation(String team, String channel) {
        return conversationId(team, channel);
    }

    /** One user's slash commands in one channel: a follow-up with /oner continues the user's last question there. */
    static String commandConversation(String team, String channel, String user) {
        return conversationId(team, channel, user);
    }

    /**
     * A name-based UUID of the Slack names: the same thread or DM always gives the same conversation, and the id
     * neither shows Slack's team and channel ids where it is stored or logged nor looks different from a web
     * conversation's. It grants nothing: a Slack conversation is found only through Slack, whatever its id.
     */
    private static String conversationId(String... parts) {
        String name = Stream.concat(Stream.of("slack"), Stream.of(parts).filter(Objects::nonNull))
                .map(part -> NOT_IN_ID.matcher(part).replaceAll("_"))
                .collect(Collectors.joining("-"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
