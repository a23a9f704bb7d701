package io.github.cloudsync.model;

import java.util.Objects;

/**
 * One mapping a profile sets: the target attribute (in the schema's spelling, e.g. {@code ExtensionAttribute1}), its
 * source tree, when it flows, and where the target was written (for plan-time messages about the live schema).
 */
public record AttributeMapping(String target, MappingSource source, MappingFlow flow, ProfilePosition at) {
    public AttributeMapping {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(at, "at");
    }
}
