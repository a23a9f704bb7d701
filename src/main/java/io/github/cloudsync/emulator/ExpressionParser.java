package io.github.cloudsync.emulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's own parser of Microsoft's attribute-mapping expression language (written for the emulator; it shares
 * nothing with cloudsync's parser). It turns an expression into the attributeMappingSource tree the backend stores and
 * parseExpression answers, laid out as the real trees of the 2020 AD2AADProvisioning schema: an attribute
 * {@code [name]}, a constant with its text as {@code name} and its quoted form as {@code expression} (numbers too), a
 * function with its parameters keyed by parameter name, empty arguments left out, and its {@code expression} written
 * again from its arguments joined by {@code ", "}. A comparison is allowed only as IIF's condition, where it becomes
 * IIF's parameters {@code one}, {@code two} (the operator, a constant) and {@code three}. Over 300 lines: the reading
 * and the tree building of one recursive-descent parser share its cursor, and split apart they read worse.
 */
final class ExpressionParser {
    private static final int MAX_DEPTH = 64;
    private static final List<String> OPERATORS = List.of("<>", ">=", "<=", "=", ">", "<");
    private static final List<String> IIF_KEYS = List.of("one", "four", "five");
    private static final List<String> FORMAT_DATE_TIME_3 = List.of("source", "inputFormat", "outputFormat");

    /** An expression that does not parse: a message and the 0-based character where the problem is. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int position;

        Failure(String message, int position) {
            super(message + " (at character " + (position + 1) + ")", null, false, false);
            this.position = position;
        }

        int position() {
            return position;
        }
    }

    /**
     * A parsed piece: its tree and its text as the backend writes it.
     *
     * @param tree the attributeMappingSource
     * @param text the expression as written again
     */
    private record Term(ObjectNode tree, String text) {}

    /**
     * One argument of a call: empty (both null), a term, or a comparison (IIF's condition only).
     *
     * @param left the term, or the comparison's left side
     * @param operator the comparison operator, or null
     * @param right the comparison's right side, or null
     */
    private record Argument(Term left, String operator, Term right) {
        String text() {
            if (left == null) {
                return "";
            }
            return operator == null ? left.text() : left.text() + operator + right.text();
        }
    }

    private final String source;
    private int at;

    private ExpressionParser(String source) {
        this.source = source;
    }

    /** The tree of {@code expression}; throws {@link Failure} when it does not parse. */
    static ObjectNode parse(String expression) {
        ExpressionParser parser = new ExpressionParser(expression);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new Failure("The expression is empty", 0);
        }
        Term term = parser.term(0);
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new Failure("Unexpected '" + parser.peek() + "' after the end of the expression", parser.at);
        }
        return term.tree();
    }

    private Term term(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Failure("The expression is nested more than " + MAX_DEPTH + " deep", at);
        }
        skipSpace();
        if (atEnd()) {
            throw new Failure("The expression ends where a value was expected", at);
        }
        char c = peek();
        if (c == '"') {
            String text = text();
            return constant(text, quote(text));
        }
        if (c == '[') {
            return attribute();
        }
        if (Character.isDigit(c)
                || (c == '-' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1)))) {
            String number = take(at + 1, Character::isDigit);
            return constant(number, number);
        }
        if (c == '&' && source.startsWith("&H", at)) {
            String number = take(at + 2, ch -> Character.digit(ch, 16) >= 0);
            if (number.length() == 2) {
                throw new Failure("'&H' must be followed by hexadecimal digits", at - 2);
            }
            return constant(number, number);
        }
        if (Character.isLetter(c)) {
            int start = at;
            String name = take(at + 1, ch -> Character.isLetterOrDigit(ch) || ch == '_');
            skipSpace();
            if (!atEnd() && peek() == '(') {
                return call(name, start, depth);
            }
            if (name.equals("vbTextCompare") || name.equals("vbBinaryCompare")) {
                return constant(name, name);
            }
            throw new Failure(
                    "'" + name + "' is neither a function call, an [attribute] nor a \"text\" constant", start);
        }
        throw new Failure("Unexpected '" + c + "' where a value was expected", at);
    }

    private Term call(String name, int start, int depth) {
        MappingFunctions.Function function =
                MappingFunctions.find(name).orElseThrow(() -> new Failure(unknownFunction(name), start));
        if (function.name().equals("SelectUniqueValue") && depth > 0) {
            throw new Failure("SelectUniqueValue must be at the top level and cannot be nested", start);
        }
        at++;
        List<Argument> arguments = new ArrayList<>();
        skipSpace();
        if (!atEnd() && peek() == ')') {
            at++;
        } else {
            while (true) {
                arguments.add(argument(function, arguments.size(), depth));
                skipSpace();
                if (atEnd()) {
                    throw new Failure("'" + name + "(' is not closed with ')'", start);
                }
                char c = peek();
                at++;
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    throw new Failure(
                            "Expected ',' or ')' in the arguments of " + name + ", found '" + c + "'", at - 1);
                }
            }
        }
        checkCount(function, arguments, start);
        List<String> texts = arguments.stream().map(Argument::text).toList();
        String text = name + "(" + String.join(", ", texts) + ")";
        ObjectNode tree = node(text, name, "Function");
        ArrayNode parameters = (ArrayNode) tree.get("parameters");
        for (int i = 0; i < arguments.size(); i++) {
            Argument argument = arguments.get(i);
            if (argument.left() == null) {
                continue;
            }
            if (argument.operator() != null) {
                addParameter(parameters, "one", argument.left());
                addParameter(parameters, "two", constant(argument.operator(), argument.operator()));
                addParameter(parameters, "three", argument.right());
            } else {
                addParameter(parameters, key(function, arguments.size(), i), argument.left());
            }
        }
        return new Term(tree, text);
    }

    private Argument argument(MappingFunctions.Function function, int index, int depth) {
        skipSpace();
        if (atEnd()) {
            throw new Failure("The expression ends where a value was expected", at);
        }
        if (peek() == ',' || peek() == ')') {
            if (index == 0) {
                throw new Failure("The first argument of " + function.name() + " cannot be empty", at);
            }
            return new Argument(null, null, null);
        }
        Term left = term(depth + 1);
        skipSpace();
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, at)) {
                if (!function.name().equals("IIF") || index != 0) {
                    throw new Failure("A comparison ('" + operator + "') is allowed only as the condition of IIF", at);
                }
                at += operator.length();
                return new Argument(left, operator, term(depth + 1));
            }
        }
        return new Argument(left, null, null);
    }

    private static void checkCount(MappingFunctions.Function function, List<Argument> arguments, int start) {
        int count = arguments.size();
        int min = function.minArguments();
        int max = function.maxArguments();
        if (count < min || count > max) {
            String expected =
                    min == max ? "exactly " + min : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw new Failure(
                    function.name() + " takes " + expected + " argument" + (max == 1 ? "" : "s") + ", not " + count,
                    start);
        }
        if (function.name().equals("Switch") && count % 2 != 0) {
            throw new Failure(
                    "Switch takes its keys and values in pairs: an even number of arguments, not " + count, start);
        }
    }

    private static String key(MappingFunctions.Function function, int count, int index) {
        if (function.name().equals("IIF")) {
            return IIF_KEYS.get(index);
        }
        if (function.name().equals("FormatDateTime") && count == 3) {
            return FORMAT_DATE_TIME_3.get(index);
        }
        List<MappingFunctions.Parameter> parameters = function.parameters();
        return parameters.get(Math.min(index, parameters.size() - 1)).name();
    }

    private static String unknownFunction(String name) {
        return MappingFunctions.findIgnoringCase(name)
                .map(f -> "Unknown function '" + name + "': names are case-sensitive, did you mean '" + f.name() + "'?")
                .orElse("Unknown function '" + name + "'");
    }

    private Term attribute() {
        int start = at;
        int close = source.indexOf(']', at);
        if (close < 0) {
            throw new Failure("'[' is not closed with ']'", start);
        }
        String name = source.substring(at + 1, close);
        if (name.isBlank() || name.contains("[") || !name.strip().equals(name)) {
            throw new Failure("'[" + name + "]' is not an attribute name", start);
        }
        at = close + 1;
        String text = "[" + name + "]";
        return new Term(node(text, name, "Attribute"), text);
    }

    /** A {@code "..."} constant; only {@code \\} and {@code \"} may follow a backslash. */
    private String text() {
        int start = at;
        StringBuilder value = new StringBuilder();
        at++;
        while (!atEnd()) {
            char c = source.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (atEnd() || (peek() != '\\' && peek() != '"')) {
                    throw new Failure("A backslash in text must be followed by \\ or \"", at - 1);
                }
                c = source.charAt(at++);
            }
            value.append(c);
        }
        throw new Failure("The text starting here is not closed with '\"'", start);
    }

    private static Term constant(String value, String text) {
        return new Term(node(quote(value), value, "Constant"), text);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static ObjectNode node(String expression, String name, String type) {
        ObjectNode node = JsonTrees.object();
        node.put("expression", expression);
        node.put("name", name);
        node.putArray("parameters");
        node.put("type", type);
        return node;
    }

    private static void addParameter(ArrayNode parameters, String key, Term value) {
        ObjectNode parameter = parameters.addObject();
        parameter.put("key", key);
        parameter.set("value", value.tree());
    }

    private String take(int from, java.util.function.IntPredicate part) {
        int end = from;
        while (end < source.length() && part.test(source.charAt(end))) {
            end++;
        }
        String taken = source.substring(at, end);
        at = end;
        return taken;
    }

    private void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) {
            at++;
        }
    }

    private boolean atEnd() {
        return at >= source.length();
    }

    private char peek() {
        return source.charAt(at);
    }
}
