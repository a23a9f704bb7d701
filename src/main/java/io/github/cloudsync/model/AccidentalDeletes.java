package io.github.cloudsync.model;

/** The delete threshold: Graph's default is enabled with 500, and 500 means at most 499 deletes a run. */
public record AccidentalDeletes(boolean enabled, int threshold) {
    public static final AccidentalDeletes DEFAULT = new AccidentalDeletes(true, 500);
}
