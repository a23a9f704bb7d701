package io.github.cloudsync.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human output with its control characters made visible: text from Graph (error bodies, quarantine text) or from a
 * profile could otherwise move the cursor, retitle the terminal, ring the bell or, with CR, overwrite a line. ESC, CR,
 * BEL, the other C0 and C1 controls, DEL and the bidirectional overrides are written as {@code \}{@code u001b}-style
 * escapes; line feeds and tabs stay. JSON output needs none of this: Jackson escapes it.
 */
final class TerminalText {
    /** The colour sequences {@link Ansi} writes; only they pass, and only when colour is on. */
    private static final Pattern COLOUR = Pattern.compile("\u001b\\[[0-9]{1,2}m");

    private TerminalText() {}

    /** {@code text} with every control character escaped. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> append(out, (char) c));
        return out.toString();
    }

    /** As {@link #escaped(String)}, keeping {@link Ansi}'s colour sequences when {@code colour} is on. */
    static String escaped(String text, boolean colour) {
        if (!colour) {
            return escaped(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = COLOUR.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escaped(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(escaped(text.substring(at))).toString();
    }

    private static void append(StringBuilder out, char c) {
        boolean control = (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
        if (control) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }
}
