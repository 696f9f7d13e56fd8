package dev.oner.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A thumbs up or down on one answer. */
public enum Rating {
    UP,
    DOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Rating fromJson(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
