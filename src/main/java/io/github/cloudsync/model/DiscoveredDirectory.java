package io.github.cloudsync.model;

import java.util.List;
import java.util.Map;

/** What {@code discover} found in a directory: attribute names by object name. */
public record DiscoveredDirectory(String id, Map<String, List<String>> attributesByObject) {
    public DiscoveredDirectory {
        attributesByObject = Map.copyOf(attributesByObject);
    }

    /** Whether the object has the attribute; object and attribute names compare without case, as AD does. */
    public boolean hasAttribute(String object, String attribute) {
        return attributesByObject.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(object))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(a -> a.equalsIgnoreCase(attribute));
    }
}
