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
        problems.addAll(blankDisplayName(file, configuration.path("displayName")));
        problems.addAll(ScopeChecks.check(file, text, configuration, keys));
        problems.addAll(MappingChecks.check(file, text, configuration, keys));
        return problems;
    }

    /**
     * A display name of only Unicode spaces (U+3000, U+2003, ...) is blank, as one of only ASCII spaces is; the schema's
     * {@code \S} is read with ASCII classes by the validator, so this check completes it.
     */
    private static List<Problem> blankDisplayName(String file, JsonNode displayName) {
        if (!displayName.isString() || !UnicodeText.isBlank(displayName.stringValue())) {
            return List.of();
        }
        return List.of(Problem.at(
                file,
                SchemaCheck.positionOf(displayName),
                "/configuration/displayName",
                ValueText.quote(displayName) + " is blank (only Unicode spaces)",
                "write a name, or remove the key so that it defaults to the domain"));
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
