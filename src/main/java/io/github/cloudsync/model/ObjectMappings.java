package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;

/** The mappings a profile sets and removes for one AD object type; targets are unique (ignoring case). */
public record ObjectMappings(MappedObjectType objectType, List<AttributeMapping> set, List<MappingRemoval> remove) {
    public ObjectMappings {
        Objects.requireNonNull(objectType, "objectType");
        set = List.copyOf(set);
        remove = List.copyOf(remove);
    }
}
