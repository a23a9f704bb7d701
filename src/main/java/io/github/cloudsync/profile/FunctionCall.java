package io.github.cloudsync.profile;

import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.MappingSource.Parameter;
import io.github.cloudsync.profile.ExpressionParser.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses one call's parenthesised arguments (the cursor on its '('), checks them and builds the call's tree node. */
final class FunctionCall {
    private final ExpressionParser parser;
    private final String name;
    private final int nameAt;
    private final boolean top;

    FunctionCall(ExpressionParser parser, String name, int nameAt, boolean top) {
        this.parser = parser;
        this.name = name;
        this.nameAt = nameAt;
        this.top = top;
    }

    /** One argument: empty, an operand, or (IIF and CBool only) a comparison of two operands. */
    private record Argument(int start, Optional<Operand> left, String operator, Optional<Operand> right) {
        String written() {
            return left.map(Operand::written).orElse("")
                    + right.map(r -> operator + r.written()).orElse("");
        }
    }

    Operand parse() {
        FunctionShape shape = ExpressionFunctions.shape(name)
                .orElseThrow(() -> ExpressionParser.fail(
                        nameAt, "unknown function '" + name + "'", ExpressionHints.forFunction(name)));
        if (name.equals("SelectUniqueValue") && !top) {
            throw ExpressionParser.fail(
                    nameAt,
                    "SelectUniqueValue can't be nested: it must be the whole expression",
                    "Microsoft's reference: this function must be at the top level");
        }
        String signature = name.equals("IIF") ? "IIF(condition, valueIfTrue, valueIfFalse)" : shape.signature();
        List<Argument> arguments = arguments(signature);
        Optional<String> countProblem = shape.countProblem(arguments.size());
        if (countProblem.isPresent()) {
            throw ExpressionParser.fail(nameAt, countProblem.get(), "the parameters are " + signature);
        }
        if (!arguments.isEmpty() && arguments.get(0).left().isEmpty()) {
            throw ExpressionParser.fail(
                    arguments.get(0).start(),
                    "the first argument of " + name + " is empty",
                    "the parameters are " + signature + "; the first is always required");
        }
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Argument argument = arguments.get(i);
            String key = shape.key(i, arguments.size());
            if (argument.right().isPresent()) {
                parameters.add(
                        new Parameter("one", argument.left().orElseThrow().node()));
                parameters.add(new Parameter("two", MappingSource.constant(argument.operator())));
                parameters.add(
                        new Parameter("three", argument.right().orElseThrow().node()));
            } else if (argument.left().isPresent()) {
                parameters.add(new Parameter(key, argument.left().orElseThrow().node()));
            }
        }
        String written = name + "(" + arguments.stream().map(Argument::written).collect(Collectors.joining(", ")) + ")";
        return Operand.function(name, parameters, written);
    }

    private List<Argument> arguments(String signature) {
        int open = parser.at();
        parser.advance();
        List<Argument> arguments = new ArrayList<>();
        parser.skipSpace();
        if (!parser.atEnd() && parser.peek() == ')') {
            parser.advance();
            return arguments;
        }
        while (true) {
            arguments.add(argument(arguments.size()));
            parser.skipSpace();
            if (parser.atEnd()) {
                throw ExpressionParser.fail(
                        open, "unclosed '(' of " + name + ": no ')'", "close the call with ')': " + signature);
            }
            char next = parser.peek();
            parser.advance();
            if (next == ')') {
                return arguments;
            }
            if (next != ',') {
                throw ExpressionParser.fail(
                        parser.at() - 1,
                        "expected ',' or ')' after argument " + arguments.size() + " of " + name + ", got "
                                + parser.shown(parser.at() - 1),
                        "separate the arguments with commas: " + signature);
            }
        }
    }

    private Argument argument(int index) {
        parser.skipSpace();
        int start = parser.at();
        if (parser.atEnd() || parser.peek() == ',' || parser.peek() == ')') {
            return new Argument(start, Optional.empty(), "", Optional.empty());
        }
        Operand left = parser.operandAt(false);
        parser.skipSpace();
        if (parser.atEnd() || !parser.startsOperator()) {
            return new Argument(start, Optional.of(left), "", Optional.empty());
        }
        if (index != 0 || !ExpressionFunctions.takesComparison(name)) {
            throw ExpressionParser.fail(
                    parser.at(),
                    "a comparison is only allowed as the condition of IIF or the argument of CBool",
                    "compare in IIF's first argument, e.g. IIF([country]=\"USA\", [country], [department])");
        }
        String operator = parser.operator().orElseThrow();
        parser.skipSpace();
        if (parser.atEnd() || parser.peek() == ',' || parser.peek() == ')') {
            throw ExpressionParser.fail(
                    parser.at(),
                    "the comparison '" + operator + "' has nothing on its right",
                    "compare with a value, e.g. [country]=\"USA\"");
        }
        Operand right = parser.operandAt(false);
        return new Argument(start, Optional.of(left), operator, Optional.of(right));
    }
}
