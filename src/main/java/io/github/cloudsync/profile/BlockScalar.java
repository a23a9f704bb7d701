package io.github.cloudsync.profile;

/**
 * Reads a literal ({@code |}) or folded ({@code >}) YAML block scalar from its indicator, for {@link ScalarPositions}.
 * An explicit indentation indicator ({@code |2}) is not followed: the reading gives up and the scalar's start is used.
 */
final class BlockScalar {
    private final ScalarPositions reading;
    private final boolean folded;

    BlockScalar(ScalarPositions reading, boolean folded) {
        this.reading = reading;
        this.folded = folded;
    }

    void read() {
        String text = reading.text();
        int headerEnd = lineEnd(text, reading.at());
        for (int i = reading.at() + 1; i < headerEnd && text.charAt(i) != '#'; i++) {
            if (Character.isDigit(text.charAt(i))) {
                reading.lose();
                return;
            }
        }
        int at = headerEnd + 1;
        int indent = -1;
        while (!reading.done() && at < text.length()) {
            int end = lineEnd(text, at);
            int spaces = leadingSpaces(text, at, end);
            if (at + spaces == end) {
                if (!folded || indent < 0) {
                    reading.emit('\n', at);
                }
                at = end + 1;
                continue;
            }
            if (indent < 0) {
                indent = spaces;
            }
            if (spaces < indent) {
                reading.lose();
                return;
            }
            for (int i = at + indent; i < end; i++) {
                reading.emit(text.charAt(i), i);
            }
            at = folded ? foldAfter(text, end, indent, spaces > indent) : end + 1;
            if (!folded) {
                reading.emit('\n', end);
            }
        }
    }

    /**
     * After a folded line: a space before the next line, or the line breaks that YAML keeps (section 8.1.3); the
     * block's last line keeps its break (clip chomping; a stripped one is past the value's end).
     */
    private int foldAfter(String text, int end, int indent, boolean moreIndented) {
        int next = end + 1;
        int empty = 0;
        while (next < text.length()) {
            int lineEnd = lineEnd(text, next);
            if (next + leadingSpaces(text, next, lineEnd) != lineEnd) {
                break;
            }
            empty++;
            next = lineEnd + 1;
        }
        int nextIndent = next < text.length() ? leadingSpaces(text, next, lineEnd(text, next)) : -1;
        if (moreIndented || nextIndent != indent) {
            reading.emit('\n', end);
        } else if (empty == 0) {
            reading.emit(' ', end);
        }
        for (int i = 0; i < empty; i++) {
            reading.emit('\n', end);
        }
        return next;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int leadingSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }
}
