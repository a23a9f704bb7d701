package io.github.cloudsync.diff;

import io.github.cloudsync.model.Scope;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference the schema write puts right, as the plan shows it: the scope, an attribute mapping (keyed by the
 * object mapping's sourceObjectName and the target attribute in the schema's spelling), or, in exact mode, any other
 * part of the synchronization rules (by JSON pointer). Expressions are the mapping sources' text.
 */
public sealed interface SchemaChange {
    /** The rule's scope goes from {@code before} to {@code after} (empty: all of the domain). */
    record ScopeChanged(Optional<Scope> before, Optional<Scope> after) implements SchemaChange {
        public ScopeChanged {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** Whether some objects in scope before are out of it after: Entra then deletes them. */
        public boolean narrows() {
            return ScopeFilters.narrows(before, after);
        }
    }

    /** A mapping to {@code target} is added; {@code flowType} is Graph's (Always, ObjectAddOnly). */
    record MappingAdded(String objectType, String target, String expression, String flowType) implements SchemaChange {}

    /** The mapping to {@code target} gets another source or flow type. */
    record MappingChanged(
            String objectType,
            String target,
            String beforeExpression,
            String afterExpression,
            String beforeFlowType,
            String afterFlowType)
            implements SchemaChange {}

    /** The mapping to {@code target} is removed. */
    record MappingRemoved(String objectType, String target, String expression) implements SchemaChange {}

    /**
     * Exact mode: another part of the rules differs from the template's default with the overlays; {@code before} and
     * {@code after} are compact JSON (null when the part is added or removed).
     */
    record OtherChange(String path, String before, String after) implements SchemaChange {}
}
