package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile's attribute mappings. In {@code NAMED} mode the profile owns only the targets it names; in
 * {@code EXACT} mode the desired schema is the template's default schema with these overlays.
 */
public record AttributeMappings(Mode mode, List<ObjectMappings> objects) {
    /** What a profile without {@code attributeMappings} means: named mode, no target owned. */
    public static final AttributeMappings NONE = new AttributeMappings(Mode.NAMED, List.of());

    public AttributeMappings {
        Objects.requireNonNull(mode, "mode");
        objects = List.copyOf(objects);
    }

    /** How much of the schema's mappings the profile owns. */
    public enum Mode {
        NAMED,
        EXACT
    }

    /** The overlays for one object type, if the profile has any. */
    public Optional<ObjectMappings> of(MappedObjectType type) {
        return objects.stream().filter(o -> o.objectType() == type).findFirst();
    }
}
