package io.github.cloudsync.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The servicePrincipals {@code $filter} forms seen in the sources (docs/graph.md 1.3): {@code displayName eq 'x'},
 * {@code startswith(displayName,'x')}, {@code applicationTemplateId eq 'x'}, {@code appId eq 'x'}, joined by {@code
 * and}. Property names and values compare case-insensitively, as the directory does. Anything else is refused with
 * Graph's unsupported-query error, never ignored.
 */
final class ServicePrincipalFilter {
    /** Properties of both Graph versions ({@link ServicePrincipalVersions}), so a filter may run on a stored one. */
    static final List<String> EQ_PROPERTIES = List.of("displayName", "applicationTemplateId", "appId");

    /** As {@link #EQ_PROPERTIES}. */
    static final List<String> STARTSWITH_PROPERTIES = List.of("displayName", "appId");

    private final String text;
    private int position;
    /** The value of the last {@code displayName eq} clause read, if any (two clauses: the predicate needs both). */
    private String nameEquals;

    private ServicePrincipalFilter(String text) {
        this.text = text;
    }

    /**
     * A parsed filter: the predicate on a service principal's Graph representation, and the {@link #nameKey} of a
     * {@code displayName eq} clause's value (null when it has none, or the value is not ASCII).
     */
    record Parsed(Predicate<ObjectNode> predicate, String displayNameKey) {
        /**
         * Whether the predicate may hold for {@code sp}: false only when both display names are ASCII and differ in
         * more than case, where {@code equalsIgnoreCase} is false too; other names are left to the predicate (a
         * character such as the Kelvin sign equals an ASCII letter ignoring case).
         */
        boolean mayMatch(ServicePrincipalRecord sp) {
            return displayNameKey == null || sp.displayNameKey == null || displayNameKey.equals(sp.displayNameKey);
        }
    }

    /** Parses {@code filter}. */
    static Parsed parse(String filter) {
        ServicePrincipalFilter parser = new ServicePrincipalFilter(filter);
        List<Predicate<ObjectNode>> clauses = new ArrayList<>();
        clauses.add(parser.clause());
        while (parser.skipWord("and")) {
            clauses.add(parser.clause());
        }
        parser.skipSpaces();
        if (parser.position != filter.length()) {
            throw parser.syntaxError();
        }
        // composed once per request, not a stream per service principal: a fleet's lookup tests thousands of them
        Predicate<ObjectNode> all = clauses.get(0);
        for (Predicate<ObjectNode> clause : clauses.subList(1, clauses.size())) {
            all = all.and(clause);
        }
        return new Parsed(all, parser.nameEquals == null ? null : nameKey(parser.nameEquals));
    }

    /** {@code name} in lower case if it is all ASCII, else null. */
    static String nameKey(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return null;
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private Predicate<ObjectNode> clause() {
        skipSpaces();
        if (skipWord("startswith")) {
            expect('(');
            String property = property(STARTSWITH_PROPERTIES);
            expect(',');
            String prefix = literal().toLowerCase(Locale.ROOT);
            expect(')');
            return sp -> sp.path(property).asString("").toLowerCase(Locale.ROOT).startsWith(prefix);
        }
        String property = property(EQ_PROPERTIES);
        if (!skipWord("eq")) {
            throw unsupported(property);
        }
        String value = literal();
        if (property.equals("displayName")) {
            nameEquals = value;
        }
        return sp -> sp.path(property).asString("").equalsIgnoreCase(value);
    }

    private String property(List<String> allowed) {
        skipSpaces();
        int start = position;
        while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
            position++;
        }
        String name = text.substring(start, position);
        if (name.isEmpty()) {
            throw syntaxError();
        }
        return allowed.stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow(() -> unsupported(name));
    }

    private String literal() {
        skipSpaces();
        if (position >= text.length() || text.charAt(position) != '\'') {
            throw syntaxError();
        }
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '\'') {
                value.append(c);
            } else if (position < text.length() && text.charAt(position) == '\'') {
                value.append('\'');
                position++;
            } else {
                return value.toString();
            }
        }
        throw syntaxError();
    }

    private boolean skipWord(String word) {
        skipSpaces();
        int end = position + word.length();
        if (end <= text.length()
                && text.substring(position, end).equalsIgnoreCase(word)
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            position = end;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        if (position >= text.length() || text.charAt(position) != c) {
            throw syntaxError();
        }
        position++;
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private GraphFailure syntaxError() {
        return GraphFailure.badRequest(
                "BadRequest", "Invalid filter clause: Syntax error at position " + position + " in '" + text + "'.");
    }

    private static GraphFailure unsupported(String property) {
        return GraphFailure.badRequest(
                "Request_UnsupportedQuery",
                "Unsupported or invalid query filter clause specified for property '" + property
                        + "' of resource 'ServicePrincipal'.");
    }
}
