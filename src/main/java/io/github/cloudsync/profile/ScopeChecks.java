package io.github.cloudsync.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The scope's rules beyond the schema: OUs and groups are exclusive, each name is a distinguished name (RFC 4514) in
 * the configuration's domain, and no name is listed twice (compared ignoring case). The 4 MB of scoping text that
 * Microsoft documents cannot be reached from a profile, which is at most 1 MiB; the 50 names can (the schema).
 */
final class ScopeChecks {
    private ScopeChecks() {}

    static List<Problem> check(String file, String text, JsonNode configuration, Map<String, Position> keys) {
        JsonNode scope = configuration.path("scope");
        List<Problem> problems = new ArrayList<>();
        if (scope.has("organizationalUnits") && scope.has("groups")) {
            String pointer = "/configuration/scope/groups";
            problems.add(Problem.at(
                    file,
                    keys.getOrDefault(pointer, SchemaCheck.positionOf(scope.get("groups"))),
                    pointer,
                    "organizationalUnits and groups are exclusive",
                    "Graph scopes a configuration by OUs (the rule's containerFilter) or by groups (its groupFilter),"
                            + " not both: keep one of the two lists"));
        }
        String domain = configuration.path("domain").asString("").toLowerCase(Locale.ROOT);
        problems.addAll(names(file, text, scope.path("organizationalUnits"), "organizationalUnits", "OU", domain));
        problems.addAll(names(file, text, scope.path("groups"), "groups", "group", domain));
        return problems;
    }

    private static List<Problem> names(
            String file, String text, JsonNode list, String key, String noun, String domain) {
        List<Problem> problems = new ArrayList<>();
        Map<DistinguishedName, Position> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String name = item.stringValue();
            String pointer = "/configuration/scope/" + key + "/" + i;
            Position at = SchemaCheck.positionOf(item);
            Optional<DistinguishedName.Flaw> flaw = DistinguishedName.check(name);
            if (flaw.isPresent()) {
                problems.add(Problem.at(
                        file,
                        ScalarPositions.of(text, at, name, flaw.get().index()),
                        pointer,
                        ValueText.quote(name) + " is not a distinguished name: "
                                + flaw.get().message(),
                        "write the " + noun + "'s distinguished name as AD shows it (RFC 4514), e.g. "
                                + (noun.equals("OU")
                                        ? "OU=Sales,DC=contoso,DC=com"
                                        : "CN=Pilot,OU=Groups,DC=contoso,DC=com")));
                continue;
            }
            DistinguishedName parsed = DistinguishedName.parse(name).orElseThrow();
            if (!parsed.domain().equals(domain)) {
                problems.add(Problem.at(
                        file,
                        at,
                        pointer,
                        ValueText.quote(name) + " is not in the domain " + domain
                                + (parsed.domain().isEmpty()
                                        ? " (it has no DC= parts)"
                                        : " (its DC= parts name " + parsed.domain() + ")"),
                        "a configuration synchronizes one domain: end the name with " + dcParts(domain)
                                + ", or scope it in that domain's profile"));
                continue;
            }
            Position first = seen.putIfAbsent(parsed, at);
            if (first != null) {
                problems.add(Problem.at(
                        file,
                        at,
                        pointer,
                        "duplicate " + noun + " " + ValueText.quote(name) + " (first listed at " + first.line() + ":"
                                + first.column() + ")",
                        "list each " + noun + " once; distinguished names are compared ignoring case"));
            }
        }
        return problems;
    }

    private static String dcParts(String domain) {
        return "DC=" + String.join(",DC=", domain.split("\\."));
    }
}
