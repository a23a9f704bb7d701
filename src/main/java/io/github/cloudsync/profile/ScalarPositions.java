package io.github.cloudsync.profile;

/**
 * Finds where a character of a YAML string value was written in the file, so that an error inside the value (an
 * expression's missing comma) points at its own line and column. It reads the scalar again from its start in the
 * style it was written in (plain, single-quoted with {@code ''}, double-quoted with escapes, literal {@code |} or
 * folded {@code >} block), checking each character it derives against the value the YAML reader produced; when the
 * two part (a form this reading does not follow), the scalar's own start is used instead.
 */
final class ScalarPositions {
    private final String text;
    private final String value;
    private final int[] offsets;
    private int at;
    private int produced;
    private boolean lost;

    private ScalarPositions(String text, String value, int start) {
        this.text = text;
        this.value = value;
        this.offsets = new int[value.length() + 1];
        this.at = start;
    }

    /** The place of {@code value.charAt(index)} (or just after the value, for {@code index == value.length()}). */
    static Position of(String text, Position scalarStart, String value, int index) {
        int start = offsetOf(text, scalarStart);
        if (start < 0 || start >= text.length()) {
            return scalarStart;
        }
        ScalarPositions reading = new ScalarPositions(text, value, start);
        reading.read();
        if (reading.lost || reading.produced < value.length()) {
            return scalarStart;
        }
        return positionOf(text, reading.offsets[Math.min(index, value.length())]);
    }

    private void read() {
        char first = text.charAt(at);
        if (first == '\'' || first == '"') {
            at++;
            new QuotedScalar(this, first).read();
        } else if (first == '|' || first == '>') {
            new BlockScalar(this, first == '>').read();
        } else {
            plain();
        }
        offsets[value.length()] = produced == 0 ? at : offsets[produced - 1] + 1;
    }

    private void plain() {
        while (!done() && at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                fold();
            } else {
                emit(c, at++);
            }
        }
    }

    /** At a space or line break inside a flow scalar: spaces before text stay; a line break folds (YAML 1.2 6.5). */
    void fold() {
        int run = at;
        while (run < text.length() && (text.charAt(run) == ' ' || text.charAt(run) == '\t')) {
            run++;
        }
        if (run >= text.length() || (text.charAt(run) != '\n' && text.charAt(run) != '\r')) {
            while (at < run) {
                emit(text.charAt(at), at++);
            }
            return;
        }
        int breakAt = run;
        int breaks = 0;
        while (run < text.length() && Character.isWhitespace(text.charAt(run))) {
            if (text.charAt(run) == '\n') {
                breaks++;
            }
            run++;
        }
        at = run;
        if (breaks == 1) {
            emit(' ', breakAt);
        }
        for (int i = 1; i < breaks; i++) {
            emit('\n', breakAt);
        }
    }

    /**
     * The next value character is {@code c}, written at {@code offset}; a different one means the reading is lost.
     * Past the value's end it does nothing (a block scalar's stripped final line break).
     */
    void emit(char c, int offset) {
        if (done()) {
            return;
        }
        if (value.charAt(produced) != c) {
            lose();
            return;
        }
        offsets[produced++] = offset;
    }

    boolean done() {
        return produced >= value.length() || lost;
    }

    String text() {
        return text;
    }

    int at() {
        return at;
    }

    void moveTo(int offset) {
        at = offset;
    }

    void lose() {
        lost = true;
        produced = value.length();
    }

    /** The character offset of a 1-based line and code-point column, or -1 when the text has no such place. */
    static int offsetOf(String text, Position position) {
        int offset = 0;
        for (int line = 1; line < position.line(); line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        try {
            return text.offsetByCodePoints(offset, position.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    static Position positionOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return new Position(line, text.codePointCount(lineStart, offset) + 1);
    }
}
