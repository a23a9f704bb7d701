package io.github.cloudsync.diff;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Pairs the parts of two schemas: a synchronization rule by {@code id}, else {@code name}, else position; an object
 * mapping by sourceObjectName and targetObjectName without case (display names vary across schema versions,
 * docs/graph.md section 5.4).
 */
final class RuleMatch {
    private RuleMatch() {}

    static Optional<JsonNode> rule(JsonNode rules, JsonNode rule, int index) {
        for (String key : new String[] {"id", "name"}) {
            String wanted = rule.path(key).asString("");
            if (!wanted.isEmpty()) {
                for (JsonNode candidate : rules.values()) {
                    if (wanted.equalsIgnoreCase(candidate.path(key).asString(""))) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return index < rules.size() ? Optional.of(rules.get(index)) : Optional.empty();
    }

    static Optional<JsonNode> objectMapping(JsonNode rule, JsonNode objectMapping) {
        String source = objectMapping.path("sourceObjectName").asString("");
        String target = objectMapping.path("targetObjectName").asString("");
        for (JsonNode candidate : rule.path("objectMappings").values()) {
            if (source.equalsIgnoreCase(candidate.path("sourceObjectName").asString(""))
                    && target.equalsIgnoreCase(
                            candidate.path("targetObjectName").asString(""))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
