package io.github.cloudsync.render;

import io.github.cloudsync.diff.SchemaChange;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Scope;
import io.github.cloudsync.plan.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words for a provisioning schema write's changes (docs/plan.md): {@code + user.ExtensionAttribute1 = Join(" ",
 * [department], [company])}, {@code - user.FacsimileTelephoneNumber}, {@code ~ scope: all -> 1 OU} with the names
 * added and removed, and, when the scope narrows, that Entra deletes the objects that leave it and what holds them.
 */
final class SchemaText {
    private SchemaText() {}

    /** The change lines, without colour, each with its symbol first. */
    static List<String> lines(Action.PutSchema action) {
        List<String> lines = new ArrayList<>();
        for (SchemaChange change : action.schemaChanges()) {
            if (change instanceof SchemaChange.ScopeChanged s) {
                scope(lines, s);
            } else if (change instanceof SchemaChange.MappingAdded a) {
                lines.add("+ " + a.objectType() + "." + a.target() + " = " + a.expression() + flow(a.flowType()));
            } else if (change instanceof SchemaChange.MappingChanged c) {
                lines.add("~ " + c.objectType() + "." + c.target() + " = " + c.beforeExpression()
                        + flow(c.beforeFlowType()) + " -> " + c.afterExpression() + flow(c.afterFlowType()));
            } else if (change instanceof SchemaChange.MappingRemoved r) {
                lines.add("- " + r.objectType() + "." + r.target());
            } else if (change instanceof SchemaChange.OtherChange o) {
                lines.add(other(o));
            }
        }
        return lines;
    }

    private static void scope(List<String> lines, SchemaChange.ScopeChanged change) {
        lines.add("~ scope: " + size(change.before()) + " -> " + size(change.after()));
        Set<String> before = names(change.before());
        Set<String> after = names(change.after());
        for (String name : listed(change.after())) {
            if (!before.contains(name.toLowerCase(Locale.ROOT))) {
                lines.add("    + " + name);
            }
        }
        for (String name : listed(change.before())) {
            if (!after.contains(name.toLowerCase(Locale.ROOT))) {
                lines.add("    - " + name);
            }
        }
        if (change.narrows()) {
            lines.add("    ! narrower: objects that leave the scope are deleted from Entra ID");
        }
    }

    /** What holds the deletes a narrower scope causes: the profile's accidental-delete threshold. */
    static String held(AccidentalDeletes deletes) {
        return deletes.enabled()
                ? "the accidental-delete threshold of " + deletes.threshold() + " holds a run that would delete "
                        + deletes.threshold() + " or more"
                : "accidental-delete prevention is off in the profile, so nothing holds them";
    }

    /** "all", "1 OU", "3 OUs", "1 group", "2 groups". */
    static String size(Optional<Scope> scope) {
        if (scope.isEmpty()) {
            return "all";
        }
        int count = scope.get().distinguishedNames().size();
        String kind = scope.get().kind() == Scope.Kind.ORGANIZATIONAL_UNITS ? "OU" : "group";
        return count + " " + kind + (count == 1 ? "" : "s");
    }

    private static Set<String> names(Optional<Scope> scope) {
        Set<String> names = new TreeSet<>();
        scope.ifPresent(s -> s.distinguishedNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT))));
        return names;
    }

    private static List<String> listed(Optional<Scope> scope) {
        return scope.map(Scope::distinguishedNames).orElse(List.of());
    }

    private static String flow(String flowType) {
        return "ObjectAddOnly".equals(flowType) ? " (on create)" : "";
    }

    private static String other(SchemaChange.OtherChange o) {
        if (o.before() == null) {
            return "+ " + o.path() + " = " + o.after();
        }
        if (o.after() == null) {
            return "- " + o.path();
        }
        return "~ " + o.path() + ": " + o.before() + " -> " + o.after();
    }
}
