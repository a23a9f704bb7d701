package io.github.cloudsync.model;

import java.util.Objects;

/** A target attribute whose mapping the profile removes, and where it was written. */
public record MappingRemoval(String target, ProfilePosition at) {
    public MappingRemoval {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }
}
