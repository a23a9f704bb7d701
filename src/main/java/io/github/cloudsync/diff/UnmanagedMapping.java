package io.github.cloudsync.diff;

/**
 * An attribute mapping that differs from the template's default schema and that a named-mode profile does not name:
 * reported, never changed ("not managed by this profile"). {@code expression} is the live source's text (the
 * template's for a removed default).
 */
public record UnmanagedMapping(String objectType, String target, Kind kind, String expression) {
    /** How the live mapping differs from the default. */
    public enum Kind {
        /** No default mapping has this target. */
        ADDED,
        /** The default mapping has another source, flow or settings. */
        CHANGED,
        /** A default mapping that is not in the live schema. */
        REMOVED
    }
}
