package io.github.cloudsync.profile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The functions of Microsoft's expression language, each with its argument count and the parameter keys its tree
 * carries. Names and counts: MicrosoftDocs/entra-docs:
 * docs/identity/app-provisioning/functions-for-customizing-application-data.md. Keys: Graph's own where a Graph
 * answer shows them (the parseExpression example in microsoftgraph/microsoft-graph-docs-contrib:
 * api-reference/v1.0/api/synchronization-synchronizationschema-parseexpression.md, a real AD2AAD schema of 2020 and
 * the functions example in api-reference/v1.0/api/synchronization-synchronizationschema-functions.md); elsewhere the
 * reference's parameter name, with a one-value function's parameter called {@code source} as in every Graph answer.
 * {@code Error}, {@code Trim}, {@code DefaultDomain} and {@code AppRoleAssignments} are not in the reference but are
 * in those Graph answers.
 */
final class ExpressionFunctions {
    /** Bare words that stand for themselves (InStr's compareType). */
    static final Set<String> ENUM_WORDS = Set.of("vbTextCompare", "vbBinaryCompare");

    private static final Map<String, FunctionShape> SHAPES = Collections.unmodifiableMap(shapes());

    private ExpressionFunctions() {}

    private static Map<String, FunctionShape> shapes() {
        Map<String, FunctionShape> shapes = new TreeMap<>();
        Table table = new Table(shapes);
        table.one("AppRoleAssignments", "AppRoleAssignmentsComplex", "CDate", "ConvertToBase64", "ConvertToUTF8Hex");
        table.one("Count", "CStr", "DateFromNum", "IgnoreFlowIfNullOrEmpty", "IsNull", "IsNullOrEmpty", "IsPresent");
        table.one("IsString", "NormalizeDiacritics", "Not", "NumFromDate", "Redact", "RemoveDuplicates");
        table.one("SingleAppRoleAssignment", "StripSpaces", "Trim");
        table.fixed("Append", 2, "source", "suffix");
        table.fixed("BitAnd", 2, "left", "right");
        table.fixed("CBool", 1, "source");
        table.fixed("DateAdd", 3, "interval", "value", "dateTime");
        table.fixed("DateDiff", 3, "interval", "date1", "date2");
        table.fixed("DefaultDomain", 0);
        table.fixed("Error", 1, "message");
        table.fixed("Guid", 0);
        table.fixed("IIF", 3, "one", "four", "five");
        table.fixed("InStr", 2, "value1", "value2", "start", "compareType");
        table.fixed("Item", 2, "source", "index");
        table.fixed("Left", 2, "source", "length");
        table.fixed("Mid", 3, "source", "start", "length");
        table.fixed("Now", 0);
        table.fixed("PCase", 1, "source", "wordSeparators");
        table.fixed(
                "RandomString",
                5,
                "length",
                "minimumNumbers",
                "minimumSpecialCharacters",
                "minimumCapital",
                "minimumLowerCase",
                "charactersToAvoid");
        table.fixed(
                "Replace",
                7,
                "source",
                "Find",
                "regexPattern",
                "regexGroupName",
                "Replacement",
                "replacementAttributeName",
                "template");
        table.fixed("Split", 2, "source", "delimiter");
        table.fixed("ToLower", 1, "source", "culture");
        table.fixed("ToUpper", 1, "source", "culture");
        table.fixed("Word", 3, "source", "wordNumber", "delimiters");
        table.add(new FunctionShape(
                "FormatDateTime",
                List.of(
                        List.of("source", "inputFormat", "outputFormat"),
                        List.of("source", "dateTimeStyles", "inputFormat", "outputFormat")),
                List.of(),
                3));
        table.add(new FunctionShape("Coalesce", List.of(List.of()), List.of("source"), 1));
        table.add(new FunctionShape("Join", List.of(List.of("separator")), List.of("source"), 2));
        table.add(new FunctionShape("SelectUniqueValue", List.of(List.of()), List.of("uniqueValueRule"), 2));
        table.add(new FunctionShape("Switch", List.of(List.of("source", "defaultValue")), List.of("key", "value"), 4));
        return shapes;
    }

    static Optional<FunctionShape> shape(String name) {
        return Optional.ofNullable(SHAPES.get(name));
    }

    static Set<String> names() {
        return SHAPES.keySet();
    }

    /** Functions whose first argument may be a comparison such as {@code [country]="USA"}. */
    static boolean takesComparison(String name) {
        return name.equals("IIF") || name.equals("CBool");
    }

    /** Fills the table while it is built. */
    private record Table(Map<String, FunctionShape> shapes) {
        void one(String... names) {
            for (String name : names) {
                fixed(name, 1, "source");
            }
        }

        void fixed(String name, int minimum, String... keys) {
            add(new FunctionShape(name, List.of(List.of(keys)), List.of(), minimum));
        }

        void add(FunctionShape shape) {
            shapes.put(shape.name(), shape);
        }
    }
}
