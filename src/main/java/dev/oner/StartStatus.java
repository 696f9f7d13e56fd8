package dev.oner;

/**
 * One part of the line that says the app is ready, given by the stage it is about ("answer mode: extractive",
 * "Slack off (why)"), so that the line needs to know no stage.
 */
@FunctionalInterface
public interface StartStatus {

    /** Order of the parts: how the app answers, then the channels. */
    int ANSWERS = 1;

    int CHANNELS = 2;

    String describe();
}
