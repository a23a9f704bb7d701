package io.github.cloudsync.model;

import java.util.Objects;

/**
 * One synchronization secret key and value as Graph holds it. {@link #toString()} never shows the value, so a secret
 * cannot leak through a log line or an exception message.
 */
public record Secret(String key, String value) {
    /** The value Graph returns in place of a sensitive value. */
    public static final String MASK = "*";

    public Secret {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public boolean masked() {
        return MASK.equals(value);
    }

    @Override
    public String toString() {
        return "Secret[key=" + key + ", value=(sensitive)]";
    }
}
