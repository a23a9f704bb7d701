package io.github.cloudsync.diff;

import io.github.cloudsync.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A synchronization rule's scope (docs/graph.md section 16.6): {@code containerFilter.includedContainers} (OU
 * distinguished names) or {@code groupFilter.includedGroups} (group distinguished names); neither, or empty lists, is
 * all of the domain. Distinguished names compare without case and without spaces around {@code ,} and {@code =}.
 */
final class ScopeFilters {
    static final String CONTAINER_FILTER = "containerFilter";
    static final String GROUP_FILTER = "groupFilter";
    private static final String CONTAINERS = "includedContainers";
    private static final String GROUPS = "includedGroups";

    private ScopeFilters() {}

    /** The scope a rule holds; when both filters have names (which the portal never makes), the OUs. */
    static Optional<Scope> read(JsonNode rule) {
        List<String> containers = names(rule.path(CONTAINER_FILTER).path(CONTAINERS));
        if (!containers.isEmpty()) {
            return Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, containers));
        }
        List<String> groups = names(rule.path(GROUP_FILTER).path(GROUPS));
        return groups.isEmpty() ? Optional.empty() : Optional.of(new Scope(Scope.Kind.GROUPS, groups));
    }

    /** Whether a rule scopes exactly as wanted: the filter of the wanted kind with the same names, the other empty. */
    static boolean holds(JsonNode rule, Optional<Scope> wanted) {
        List<String> containers = names(rule.path(CONTAINER_FILTER).path(CONTAINERS));
        List<String> groups = names(rule.path(GROUP_FILTER).path(GROUPS));
        List<String> wantedContainers = wanted.filter(s -> s.kind() == Scope.Kind.ORGANIZATIONAL_UNITS)
                .map(Scope::distinguishedNames)
                .orElse(List.of());
        List<String> wantedGroups = wanted.filter(s -> s.kind() == Scope.Kind.GROUPS)
                .map(Scope::distinguishedNames)
                .orElse(List.of());
        return normalized(containers).equals(normalized(wantedContainers))
                && normalized(groups).equals(normalized(wantedGroups));
    }

    /**
     * Writes the wanted scope into {@code rule}, changing as little of the rule's shape as possible: the filter of the
     * wanted kind gets the names as the profile writes them (in place when the rule has it, so key order and the
     * filter's other fields stay; added when it has not), and a filter of the other kind, or both for all of the
     * domain, is emptied where the rule has one, never added.
     */
    static void write(ObjectNode rule, Optional<Scope> wanted) {
        String kept = wanted.map(s -> s.kind() == Scope.Kind.ORGANIZATIONAL_UNITS ? CONTAINER_FILTER : GROUP_FILTER)
                .orElse("");
        for (String filter : List.of(CONTAINER_FILTER, GROUP_FILTER)) {
            String list = filter.equals(CONTAINER_FILTER) ? CONTAINERS : GROUPS;
            boolean wantedHere = filter.equals(kept);
            if (!wantedHere && !names(rule.path(filter).path(list)).isEmpty()) {
                ((ObjectNode) rule.get(filter)).putArray(list);
            } else if (wantedHere) {
                ObjectNode node = rule.get(filter) instanceof ObjectNode existing ? existing : rule.putObject(filter);
                ArrayNode names = node.putArray(list);
                wanted.get().distinguishedNames().forEach(names::add);
            }
        }
    }

    /**
     * Whether an object in scope under {@code before} can be out of scope under {@code after}: all of the domain to a
     * part; an OU kept by no OU it lies under; a group dropped; OUs to groups or back (membership is unknown).
     */
    static boolean narrows(Optional<Scope> before, Optional<Scope> after) {
        if (after.isEmpty()) {
            return false;
        }
        if (before.isEmpty() || before.get().kind() != after.get().kind()) {
            return true;
        }
        Set<String> kept = normalized(after.get().distinguishedNames());
        for (String name : normalized(before.get().distinguishedNames())) {
            boolean covered = before.get().kind() == Scope.Kind.GROUPS
                    ? kept.contains(name)
                    : kept.stream().anyMatch(k -> name.equals(k) || name.endsWith("," + k));
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.values().forEach(n -> {
            if (n.isString() && !n.asString().isBlank()) {
                names.add(n.asString());
            }
        });
        return names;
    }

    private static Set<String> normalized(List<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEach(n -> set.add(n.trim().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT)));
        return set;
    }
}
