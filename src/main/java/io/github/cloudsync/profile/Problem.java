package io.github.cloudsync.profile;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a profile, at a place in the file: {@code FILE:LINE:COL: /json/pointer: message} plus a hint.
 *
 * <p>{@code line} and {@code column} are 1-based; 0 means the problem has no place in the text (the file cannot be
 * read). An empty {@code pointer} means the problem concerns the whole document (syntax, encoding, size, root type).
 */
public record Problem(String file, int line, int column, String pointer, String message, String hint) {
    /** Reading order: by place in the file, then by path. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::pointer)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    static Problem at(String file, Position at, String pointer, String message, String hint) {
        return new Problem(file, at.line(), at.column(), pointer, message, hint);
    }

    /** The problem as a person reads it: one line, plus an indented hint line when there is a hint. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!pointer.isEmpty()) {
            text.append(pointer).append(": ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return text.toString();
    }
}
