package dev.oner;

/** One channel's state at start, for the line that says the app is ready: "Slack on", "Slack off (why)". */
@FunctionalInterface
public interface ChannelStatus {

    String describe();
}
