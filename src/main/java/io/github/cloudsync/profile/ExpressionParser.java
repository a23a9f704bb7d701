package io.github.cloudsync.profile;

import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.MappingSource.Parameter;
import java.util.List;
import java.util.Optional;

/**
 * Parses Microsoft's attribute-mapping expression language into the tree Graph's parseExpression returns. Pure: no
 * I/O. Grammar (MicrosoftDocs/entra-docs: docs/identity/app-provisioning/functions-for-customizing-application-data.md):
 * a function call {@code Name(arg, ...)}, an attribute {@code [name]}, a string in double quotes where only
 * {@code \"} and {@code \\} are escapes, a whole number ({@code 448}, {@code -10}), a hexadecimal number
 * ({@code &HF7}), or InStr's {@code vbTextCompare}/{@code vbBinaryCompare}. Arguments may be left empty
 * ({@code Replace([mail], , "x", , "", , )}); the first argument of IIF or CBool may be a comparison with
 * {@code = <> > >= < <=}. Whitespace, line breaks included, may surround every token.
 *
 * <p>The tree follows Graph's answers: an empty argument is left out; a number is a constant whose own expression is quoted ({@code "448"}) while its
 * caller's expression keeps it as written ({@code Left(Trim([description]), 448)}); IIF's condition becomes the
 * parameters {@code one}, {@code two} (the operator, a constant) and {@code three}, its values {@code four} and
 * {@code five}. A function's expression is its name and its arguments, each written in this canonical form, joined
 * by {@code ", "}.
 */
public final class ExpressionParser {
    /** Longest first, so that {@code >=} is not read as {@code >}. */
    private static final List<String> OPERATORS = List.of("<>", ">=", "<=", "=", ">", "<");

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** The tree of {@code expression}, or the first error with its index in the text. */
    public static ExpressionOutcome parse(String expression) {
        ExpressionParser parser = new ExpressionParser(expression);
        try {
            return ExpressionOutcome.parsed(parser.whole());
        } catch (Failure failure) {
            return ExpressionOutcome.failed(failure.error);
        }
    }

    private MappingSource whole() {
        skipSpace();
        if (atEnd()) {
            throw fail(
                    at,
                    "the expression is empty",
                    "write a function call such as Trim([department]), an [attribute] or a \"constant\"");
        }
        Operand operand = operand(true);
        skipSpace();
        if (!atEnd()) {
            throw fail(
                    at,
                    "unexpected " + shown(at) + " after the end of the expression",
                    "an expression is one function call, [attribute] or \"constant\"; combine several with a"
                            + " function such as Join(\" \", [a], [b])");
        }
        return operand.node();
    }

    private Operand operand(boolean top) {
        int start = at;
        char c = text.charAt(at);
        if (c == '[') {
            return attribute();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c) || c == '&') {
            return number();
        }
        if (Character.isLetter(c)) {
            String name = name();
            int afterName = at;
            skipSpace();
            if (!atEnd() && text.charAt(at) == '(') {
                return new FunctionCall(this, name, start, top).parse();
            }
            at = afterName;
            if (ExpressionFunctions.ENUM_WORDS.contains(name)) {
                return Operand.literal(name);
            }
            throw fail(start, unknownWord(name), ExpressionHints.forWord(name));
        }
        if (c == '\'') {
            throw fail(
                    start,
                    "unexpected ' (a single quote): strings are in double quotes",
                    "write \"text\"; in a single-quoted YAML string a \" needs no escape");
        }
        throw fail(
                start,
                "unexpected " + shown(start) + "; expected a function, an [attribute] or a \"constant\"",
                "attributes are written in brackets, [department]; text in double quotes, \"Sales\"");
    }

    private static String unknownWord(String name) {
        return ExpressionFunctions.shape(name).isPresent()
                ? "function " + name + " needs its arguments in parentheses, e.g. " + name + "(...)"
                : "'" + name + "' is neither a function call, an [attribute] nor a \"constant\"";
    }

    private Operand attribute() {
        int start = at++;
        int close = text.indexOf(']', at);
        int newline = text.indexOf('\n', at);
        if (close < 0 || (newline >= 0 && newline < close)) {
            throw fail(start, "unclosed '[': the attribute name has no ']'", "close the attribute name: [department]");
        }
        String name = text.substring(at, close);
        int nested = name.indexOf('[');
        if (nested >= 0) {
            throw fail(at + nested, "'[' inside an attribute name", "close the attribute before it with ']'");
        }
        if (UnicodeText.isBlank(name)) {
            throw fail(start, "empty attribute name '[]'", "write the AD attribute's name inside, e.g. [department]");
        }
        if (!UnicodeText.strip(name).equals(name)) {
            throw fail(
                    start + 1,
                    "spaces around the attribute name " + ValueText.quote(name),
                    "write [" + UnicodeText.strip(name) + "]");
        }
        at = close + 1;
        MappingSource node = MappingSource.attribute(name);
        return new Operand(node, node.expression());
    }

    private Operand string() {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw fail(
                        start,
                        "unclosed string: no closing double quote",
                        "end the text with \"; write \\\" for a double quote inside it");
            }
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                MappingSource node = MappingSource.constant(value.toString());
                return new Operand(node, node.expression());
            }
            if (c == '\\') {
                if (at + 1 < text.length() && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\\')) {
                    value.append(text.charAt(at + 1));
                    at += 2;
                    continue;
                }
                throw fail(
                        at,
                        "bad escape " + (at + 1 < text.length() ? "'\\" + text.charAt(at + 1) + "'" : "'\\' at the end")
                                + " in a string",
                        "only \\\" (a double quote) and \\\\ (a backslash) are escapes: write \\\\ for a backslash,"
                                + " e.g. \"\\\\d\" for the regular expression \\d");
            }
            value.append(c);
            at++;
        }
    }

    private Operand number() {
        int start = at;
        if (text.charAt(at) == '&') {
            at++;
            if (atEnd() || (text.charAt(at) != 'H' && text.charAt(at) != 'h')) {
                throw fail(start, "'&' must start a hexadecimal number such as &HF7", "write &H and hex digits");
            }
            at++;
            int digits = at;
            while (!atEnd() && Character.digit(text.charAt(at), 16) >= 0) {
                at++;
            }
            if (at == digits) {
                throw fail(start, "'&H' has no hexadecimal digits", "write &H and hex digits, e.g. &HF7");
            }
        } else {
            if (text.charAt(at) == '-') {
                at++;
            }
            int digits = at;
            while (!atEnd() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == digits) {
                throw fail(start, "'-' must start a number such as -10", "write the digits right after the '-'");
            }
        }
        if (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            throw fail(at, "a number ends at " + shown(at), "numbers are whole, e.g. 448; put other text in quotes");
        }
        return Operand.literal(text.substring(start, at));
    }

    /** A comparison operator at the cursor, consumed, or empty. */
    Optional<String> operator() {
        for (String op : OPERATORS) {
            if (text.startsWith(op, at)) {
                at += op.length();
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    boolean startsOperator() {
        return OPERATORS.stream().anyMatch(op -> text.startsWith(op, at));
    }

    private String name() {
        int start = at;
        while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    Operand operandAt(boolean top) {
        return operand(top);
    }

    void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    boolean atEnd() {
        return at >= text.length();
    }

    char peek() {
        return text.charAt(at);
    }

    int at() {
        return at;
    }

    void advance() {
        at++;
    }

    /** The character at {@code index} as a message shows it. */
    String shown(int index) {
        return index >= text.length() ? "end of the expression" : "'" + text.charAt(index) + "'";
    }

    static Failure fail(int index, String message, String hint) {
        return new Failure(new ExpressionError(index, message, hint));
    }

    /** An operand and how its caller writes it (a number as written, a string quoted). */
    record Operand(MappingSource node, String written) {
        static Operand literal(String literal) {
            return new Operand(
                    new MappingSource(MappingSource.Type.CONSTANT, literal, MappingSource.quoted(literal), List.of()),
                    literal);
        }

        static Operand function(String name, List<Parameter> parameters, String written) {
            return new Operand(new MappingSource(MappingSource.Type.FUNCTION, name, written, parameters), written);
        }
    }

    /** Unwinds the parse at the first error; the error is the value. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialized: caught within the parse
        private final ExpressionError error;

        Failure(ExpressionError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
