package io.github.cloudsync.graph;

import io.github.cloudsync.model.LiveState;
import java.util.List;

/** A live state and the warnings made while reading it (shown to the user, never fatal). */
public record LiveStateRead(LiveState state, List<String> warnings) {
    public LiveStateRead {
        warnings = List.copyOf(warnings);
    }
}
