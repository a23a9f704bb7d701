package io.github.cloudsync.profile;

import java.util.Objects;

/** Why an expression does not parse, at a 0-based index into the expression's text, with what to write instead. */
public record ExpressionError(int index, String message, String hint) {
    public ExpressionError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }
}
