package io.github.cloudsync.diff;

import io.github.cloudsync.model.ProfilePosition;
import java.util.Objects;

/** Something a profile names that the live schema does not have (a target or a source attribute), and where. */
public record SchemaProblem(ProfilePosition at, String message, String hint) {
    public SchemaProblem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /** As a profile problem is written: {@code FILE:LINE:COL: message} and the hint on the next line. */
    public String formatted() {
        return at + ": " + message + "\n  hint: " + hint;
    }
}
