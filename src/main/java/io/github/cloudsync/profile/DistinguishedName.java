package io.github.cloudsync.profile;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a distinguished name by RFC 4514 (section 3): {@code type=value} pairs joined by {@code ,} (or {@code +}
 * within one RDN), a type a name or a numeric OID, a value with {@code \}-escapes or {@code #}-hex. No spaces are
 * allowed around {@code ,} and {@code =} (RFC 4514 writes none). The normalized form, for comparing two names,
 * lower-cases the types and the unescaped values: AD compares both ignoring case.
 */
record DistinguishedName(List<String> components) {
    /** Characters that must be escaped anywhere in a value (RFC 4514 section 2.4). */
    private static final String SPECIAL = "\"+,;<>\\";

    /** Why the text is not a distinguished name, at a 0-based index. */
    record Flaw(int index, String message) {}

    /** The RDNs, normalized: {@code ou=sales}, {@code dc=contoso}. */
    DistinguishedName {
        components = List.copyOf(components);
    }

    static Optional<Flaw> check(String text) {
        return read(text).flaw();
    }

    static Optional<DistinguishedName> parse(String text) {
        return read(text).name();
    }

    /** The first component's type, lower-cased: {@code ou}, {@code cn}, {@code dc}. */
    String firstType() {
        return components.get(0).substring(0, components.get(0).indexOf('='));
    }

    /** The trailing {@code dc=} values joined by dots: the domain the name lives in. */
    String domain() {
        List<String> labels = new ArrayList<>();
        for (int i = components.size() - 1; i >= 0 && components.get(i).startsWith("dc="); i--) {
            labels.add(0, components.get(i).substring(3));
        }
        return String.join(".", labels);
    }

    private record Outcome(Optional<DistinguishedName> name, Optional<Flaw> flaw) {}

    private static Outcome read(String text) {
        List<String> components = new ArrayList<>();
        int at = 0;
        if (text.isEmpty()) {
            return failed(0, "is empty");
        }
        while (true) {
            int typeStart = at;
            while (at < text.length() && text.charAt(at) != '=' && text.charAt(at) != ',') {
                at++;
            }
            String type = text.substring(typeStart, at);
            if (at >= text.length() || text.charAt(at) != '=') {
                return failed(typeStart, "'" + type + "' has no '=': each part is TYPE=value, e.g. OU=Sales");
            }
            if (!type.matches("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)*")) {
                return failed(
                        typeStart,
                        "'" + type + "' is not an attribute type such as OU, CN or DC"
                                + (UnicodeText.isBlank(type)
                                                || !UnicodeText.strip(type).equals(type)
                                        ? " (no spaces around '=' or ',')"
                                        : ""));
            }
            at++;
            StringBuilder value = new StringBuilder();
            Optional<Flaw> valueError = value(text, at, value);
            if (valueError.isPresent()) {
                return new Outcome(Optional.empty(), valueError);
            }
            at = end(text, at);
            components.add(
                    type.toLowerCase(Locale.ROOT) + "=" + value.toString().toLowerCase(Locale.ROOT));
            if (at >= text.length()) {
                return new Outcome(Optional.of(new DistinguishedName(components)), Optional.empty());
            }
            at++;
            if (at >= text.length()) {
                return failed(at - 1, "ends with '" + text.charAt(at - 1) + "'");
            }
        }
    }

    /** Reads the value starting at {@code from} into {@code value}, unescaped. */
    private static Optional<Flaw> value(String text, int from, StringBuilder value) {
        int end = end(text, from);
        if (end == from) {
            return Optional.of(new Flaw(from, "has an empty value after '='"));
        }
        if (text.charAt(from) == '#') {
            String hex = text.substring(from + 1, end);
            if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]+")) {
                return Optional.of(new Flaw(from, "'#' must start an even number of hex digits"));
            }
            value.append('#').append(hex);
            return Optional.empty();
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean edge = i == from || i == end - 1;
            if (c == '\\') {
                if (i + 1 < text.length() && (SPECIAL + " #=").indexOf(text.charAt(i + 1)) >= 0) {
                    value.append(text.charAt(++i));
                } else if (i + 2 < text.length() && isHexPair(text, i + 1)) {
                    value.append((char) HexFormat.fromHexDigits(text, i + 1, i + 3));
                    i += 2;
                } else {
                    return Optional.of(new Flaw(
                            i, "bad escape: '\\' must be followed by one of \"+,;<>\\ #= or two" + " hex digits"));
                }
            } else if (c == '"' || c == ';' || c == '<' || c == '>' || c == '\0') {
                return Optional.of(new Flaw(i, "'" + c + "' must be escaped as '\\" + c + "'"));
            } else if (c == ' ' && edge) {
                return Optional.of(new Flaw(
                        i,
                        "a value may not start or end with a space (no spaces around"
                                + " ',' or '='; escape a meant space as '\\ ')"));
            } else {
                value.append(c);
            }
        }
        return Optional.empty();
    }

    /** The index of the ',' or '+' that ends the value starting at {@code from}, or the text's length. */
    private static int end(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',' || c == '+') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isHexPair(String text, int at) {
        return Character.digit(text.charAt(at), 16) >= 0 && Character.digit(text.charAt(at + 1), 16) >= 0;
    }

    private static Outcome failed(int index, String message) {
        return new Outcome(Optional.empty(), Optional.of(new Flaw(index, message)));
    }
}
