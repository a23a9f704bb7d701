package io.github.cloudsync.diff;

import io.github.cloudsync.model.SecretKey;

/** How one owned secret key compares between the profile and Graph. */
public record SecretComparison(SecretKey key, Status status) {
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

    /** Whether a secrets write is needed for this key on its own. */
    public boolean needsWrite() {
        return status == Status.DIFFERS || status == Status.MISSING;
    }
}
