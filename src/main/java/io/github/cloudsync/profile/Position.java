package io.github.cloudsync.profile;

/** A 1-based line and column in a profile's text. */
public record Position(int line, int column) {
    static final Position START = new Position(1, 1);
}
