package dev.oner;

/**
 * The ONNX tokenizer (DJL) phones home on first use unless told not to; the bot must run with no network, so every
 * entry point calls this before anything touches the embedding model.
 */
public final class OfflineMode {

    private OfflineMode() {}

    public static void enforce() {
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
