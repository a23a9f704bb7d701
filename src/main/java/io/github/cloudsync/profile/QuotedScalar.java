package io.github.cloudsync.profile;

import java.util.Map;

/** Reads a single- or double-quoted YAML scalar after its opening quote, for {@link ScalarPositions}. */
final class QuotedScalar {
    /** YAML 1.2's one-character escapes of double-quoted scalars (section 5.7). */
    private static final Map<Character, Character> ESCAPES = Map.ofEntries(
            Map.entry('0', '\0'),
            Map.entry('a', '\u0007'),
            Map.entry('b', '\b'),
            Map.entry('t', '\t'),
            Map.entry('\t', '\t'),
            Map.entry('n', '\n'),
            Map.entry('v', '\u000B'),
            Map.entry('f', '\f'),
            Map.entry('r', '\r'),
            Map.entry('e', '\u001B'),
            Map.entry(' ', ' '),
            Map.entry('"', '"'),
            Map.entry('/', '/'),
            Map.entry('\\', '\\'),
            Map.entry('N', '\u0085'),
            Map.entry('_', '\u00A0'),
            Map.entry('L', '\u2028'),
            Map.entry('P', '\u2029'));

    private final ScalarPositions reading;
    private final char quote;

    QuotedScalar(ScalarPositions reading, char quote) {
        this.reading = reading;
        this.quote = quote;
    }

    void read() {
        String text = reading.text();
        while (!reading.done() && reading.at() < text.length()) {
            int at = reading.at();
            char c = text.charAt(at);
            if (c == quote && quote == '\'' && at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                reading.emit('\'', at);
                reading.moveTo(at + 2);
            } else if (c == quote) {
                return;
            } else if (c == '\\' && quote == '"') {
                escape(text, at);
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                reading.fold();
            } else {
                reading.emit(c, at);
                reading.moveTo(at + 1);
            }
        }
    }

    private void escape(String text, int at) {
        if (at + 1 >= text.length()) {
            reading.lose();
            return;
        }
        char e = text.charAt(at + 1);
        if (e == '\n' || e == '\r') {
            int next = at + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            reading.moveTo(next);
            return;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (digits > 0 && at + 2 + digits <= text.length()) {
            try {
                int codePoint = Integer.parseInt(text.substring(at + 2, at + 2 + digits), 16);
                for (char c : Character.toChars(codePoint)) {
                    reading.emit(c, at);
                }
                reading.moveTo(at + 2 + digits);
            } catch (IllegalArgumentException notHex) {
                reading.lose();
            }
            return;
        }
        Character decoded = ESCAPES.get(e);
        if (decoded == null) {
            reading.lose();
            return;
        }
        reading.emit(decoded, at);
        reading.moveTo(at + 2);
    }
}
