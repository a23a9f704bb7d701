package io.github.cloudsync.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Rules JSON Schema cannot express, run on a tree the schema has accepted so each problem keeps its place. */
final class SemanticChecks {
    private SemanticChecks() {}

    static List<Problem> check(String file, String text, JsonNode root, Map<String, Position> keys) {
        JsonNode configuration = root.path("configuration");
        List<Problem> problems = new ArrayList<>(
                duplicateRecipients(file, configuration.path("notifications").path("recipients")));
        problems.addAll(ScopeChecks.check(file, text, configuration, keys));
        problems.addAll(MappingChecks.check(file, text, configuration, keys));
        return problems;
    }

    /** E-mail addresses are case-insensitive, and Graph would send the same notice twice. */
    private static List<Problem> duplicateRecipients(String file, JsonNode recipients) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode recipient = recipients.get(i);
            Position at = SchemaCheck.positionOf(recipient);
            Position first = seen.putIfAbsent(recipient.stringValue().toLowerCase(Locale.ROOT), at);
            if (first != null) {
                problems.add(Problem.at(
                        file,
                        at,
                        "/configuration/notifications/recipients/" + i,
                        "duplicate recipient " + ValueText.quote(recipient) + " (first listed at " + first.line() + ":"
                                + first.column() + ")",
                        "list each address once; addresses are compared ignoring case"));
            }
        }
        return problems;
    }
}
