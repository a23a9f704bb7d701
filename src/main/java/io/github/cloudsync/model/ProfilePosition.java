package io.github.cloudsync.model;

import java.util.Objects;

/** Where a value was written in a profile file, for messages that concern it: {@code FILE:LINE:COL}. */
public record ProfilePosition(String file, int line, int column) {
    public ProfilePosition {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
