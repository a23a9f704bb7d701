package io.github.cloudsync.model;

import java.util.List;
import java.util.Objects;

/**
 * An attribute mapping's source as Graph's {@code parseExpression} returns it (the attributeMappingSource resource):
 * an attribute, a constant or a function whose parameters are sources again.
 *
 * <p>{@code expression} is the node's own text: {@code [department]} for an attribute, the quoted text ({@code "_"})
 * for a constant, and for a function its name with its arguments joined by {@code ", "}. It is null only where Graph
 * stores none (the template's {@code %DomainFQDN%} constants).
 */
public record MappingSource(Type type, String name, String expression, List<Parameter> parameters) {
    public MappingSource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
    }

    /** The three kinds of source node Graph knows. */
    public enum Type {
        ATTRIBUTE,
        CONSTANT,
        FUNCTION
    }

    /**
     * One argument of a function, keyed as Graph keys it ({@code source}, {@code Find}, {@code one}). An argument left
     * empty has no parameter; Graph's own template trees may hold a constant with no expression there (the
     * {@code %DomainFQDN%} of {@code Join("@", [sAMAccountName], )}), which the text shows as the empty argument.
     */
    public record Parameter(String key, MappingSource value) {
        public Parameter {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A direct mapping from the attribute {@code name}. */
    public static MappingSource attribute(String name) {
        return new MappingSource(Type.ATTRIBUTE, name, "[" + name + "]", List.of());
    }

    /** A constant, with its expression quoted and escaped as the expression language writes it. */
    public static MappingSource constant(String value) {
        return new MappingSource(Type.CONSTANT, value, quoted(value), List.of());
    }

    /** {@code text} in double quotes, with backslashes and double quotes escaped by a backslash. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
