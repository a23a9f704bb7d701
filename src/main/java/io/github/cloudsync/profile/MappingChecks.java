package io.github.cloudsync.profile;

import io.github.cloudsync.model.MappingSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The attribute mappings' rules beyond the schema: exactly one source per mapping, each target once per object type
 * and never both set and removed, no mapping that cloudsync or the service owns, and every expression parsed, its
 * errors placed inside the YAML string.
 */
final class MappingChecks {
    /** A source of each of these kinds; the order is the order in which a second one is reported. */
    static final List<String> SOURCE_KINDS = List.of("expression", "attribute", "constant");

    /**
     * Targets the service fills itself, as the real AD2AAD schema shows: onPremisesObjectIdentifier is the joining
     * anchor (matchingPriority 1, the object mapping's OriginalJoiningProperty), dnsDomainName and netBiosName are the
     * constants %DomainFQDN% and %DomainNetBios% with no expression. Compared ignoring case.
     */
    static final Set<String> SERVICE_MANAGED = Set.of("onpremisesobjectidentifier", "dnsdomainname", "netbiosname");

    private final String file;
    private final String text;
    private final Map<String, Position> keys;
    private final List<Problem> problems = new ArrayList<>();

    private MappingChecks(String file, String text, Map<String, Position> keys) {
        this.file = file;
        this.text = text;
        this.keys = keys;
    }

    static List<Problem> check(String file, String text, JsonNode configuration, Map<String, Position> keys) {
        MappingChecks checks = new MappingChecks(file, text, keys);
        configuration.path("attributeMappings").properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                checks.objectType("/configuration/attributeMappings/" + entry.getKey(), entry.getValue());
            }
        });
        return List.copyOf(checks.problems);
    }

    private void objectType(String pointer, JsonNode mappings) {
        Map<String, Position> set = new HashMap<>();
        JsonNode items = mappings.path("set");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPointer = pointer + "/set/" + i;
            JsonNode target = item.path("target");
            Position at = SchemaCheck.positionOf(target);
            if (owned(target.stringValue(), itemPointer + "/target", at)) {
                continue;
            }
            Position first = set.putIfAbsent(target.stringValue().toLowerCase(Locale.ROOT), at);
            if (first != null) {
                add(
                        at,
                        itemPointer + "/target",
                        "target " + ValueText.quote(target) + " is set twice (first at " + first.line() + ":"
                                + first.column() + ")",
                        "set each target once; targets are compared" + " ignoring case");
            }
            source(itemPointer, item);
        }
        Map<String, Position> removed = new HashMap<>();
        JsonNode remove = mappings.path("remove");
        for (int i = 0; i < remove.size(); i++) {
            JsonNode target = remove.get(i);
            String itemPointer = pointer + "/remove/" + i;
            Position at = SchemaCheck.positionOf(target);
            String key = target.stringValue().toLowerCase(Locale.ROOT);
            if (owned(target.stringValue(), itemPointer, at)) {
                continue;
            }
            Position first = removed.putIfAbsent(key, at);
            if (first != null) {
                add(
                        at,
                        itemPointer,
                        "target " + ValueText.quote(target) + " is removed twice (first at " + first.line() + ":"
                                + first.column() + ")",
                        "list each target once");
            } else if (set.containsKey(key)) {
                Position setAt = set.get(key);
                add(
                        at,
                        itemPointer,
                        "target " + ValueText.quote(target) + " is both set (at " + setAt.line() + ":" + setAt.column()
                                + ") and removed",
                        "keep one: set changes the mapping, remove deletes it");
            }
        }
    }

    /** Refuses a target cloudsync or the service manages; true when it did. */
    private boolean owned(String target, String pointer, Position at) {
        if (target.equalsIgnoreCase("CredentialData")) {
            add(
                    at,
                    pointer,
                    "the CredentialData mapping is owned by passwordHashSync",
                    "write passwordHashSync: true"
                            + " or false instead; cloudsync adds or removes the mapping with the AD2AADPasswordHash job");
            return true;
        }
        if (SERVICE_MANAGED.contains(target.toLowerCase(Locale.ROOT))) {
            add(
                    at,
                    pointer,
                    "the " + target + " mapping is managed by the service",
                    "leave it out: the cloud sync"
                            + " service fills it (the joining anchor, or the domain's names) and a change breaks sync");
            return true;
        }
        return false;
    }

    private void source(String pointer, JsonNode item) {
        List<String> kinds = SOURCE_KINDS.stream().filter(item::has).toList();
        if (kinds.isEmpty()) {
            add(
                    SchemaCheck.positionOf(item),
                    pointer,
                    "the mapping has no source",
                    "add one of expression:," + " attribute: or constant:");
            return;
        }
        if (kinds.size() > 1) {
            String second = pointer + "/" + kinds.get(1);
            add(
                    keys.getOrDefault(second, SchemaCheck.positionOf(item.get(kinds.get(1)))),
                    second,
                    "the mapping has" + " both " + kinds.get(0) + " and " + kinds.get(1),
                    "a mapping has exactly one source: keep one" + " of expression, attribute and constant");
            return;
        }
        if (kinds.get(0).equals("expression")) {
            expression(pointer + "/expression", item.get("expression"));
        }
    }

    private void expression(String pointer, JsonNode node) {
        String expression = node.stringValue();
        ExpressionOutcome outcome = ExpressionParser.parse(expression);
        Position start = SchemaCheck.positionOf(node);
        Optional<ExpressionError> error = outcome.error();
        if (error.isPresent()) {
            add(
                    ScalarPositions.of(text, start, expression, error.get().index()),
                    pointer,
                    error.get().message(),
                    error.get().hint());
            return;
        }
        MappingSource tree = outcome.tree().orElseThrow();
        if (tree.name().equals("SelectUniqueValue") && tree.type() == MappingSource.Type.FUNCTION) {
            add(
                    start,
                    pointer,
                    "SelectUniqueValue is not supported in AD to Microsoft Entra ID mappings",
                    "Microsoft's reference supports it only for Workday, SuccessFactors and API-driven provisioning"
                            + " to on-premises AD");
        }
    }

    private void add(Position at, String pointer, String message, String hint) {
        problems.add(Problem.at(file, at, pointer, message, hint));
    }
}
