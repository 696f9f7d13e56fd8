package dev.oner.slack;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One answer the bot gave, named in a button's value so that a click can find the answer again in the
 * conversation, whichever message the button sits under.
 */
record TurnRef(String conversationId, int turn) {

    // '#' never occurs in a conversation id, so the last one separates the turn.
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9:._-]{1,100})#([1-9][0-9]{0,5})");

    String value() {
        return conversationId + "#" + turn;
    }

    /** Empty when the value is not one this bot wrote. */
    static Optional<TurnRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var matcher = VALUE.matcher(value);
        return matcher.matches()
                ? Optional.of(new TurnRef(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
