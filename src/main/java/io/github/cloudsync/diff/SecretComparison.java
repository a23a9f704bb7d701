package io.github.cloudsync.diff;

import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.Objects;
import java.util.Optional;

/**
 * How one owned secret key compares between the profile and Graph, with the value Graph holds as the codec in
 * {@code graph} decoded it (empty when Graph holds none, hides it, or holds text the codec cannot read), so a plan can
 * show what changes inside it.
 */
public record SecretComparison(SecretKey key, Status status, Optional<SecretValue> live) {
    /** The outcome of comparing one owned key. */
    public enum Status {
        /** Graph holds the owned value (semantically). */
        MATCHES,
        /** Graph holds another value. */
        DIFFERS,
        /** Graph does not hold the key. */
        MISSING,
        /** Graph hides the value (write-only or masked), so it cannot be checked. */
        NOT_READABLE
    }

    public SecretComparison {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(live, "live");
        if (live.isPresent() && live.get().key() != key) {
            throw new IllegalArgumentException(
                    key + " cannot hold a value of " + live.get().key());
        }
    }

    /** A comparison without the live value (none, hidden, or not readable by the codec). */
    public SecretComparison(SecretKey key, Status status) {
        this(key, status, Optional.empty());
    }

    /** Whether a secrets write is needed for this key on its own. */
    public boolean needsWrite() {
        return status == Status.DIFFERS || status == Status.MISSING;
    }
}
