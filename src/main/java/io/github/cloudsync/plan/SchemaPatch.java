package io.github.cloudsync.plan;

import io.github.cloudsync.diff.CredentialDataEdit;
import io.github.cloudsync.diff.ProvisioningSchemaDiff;
import io.github.cloudsync.diff.SchemaChange;
import io.github.cloudsync.diff.SchemaEdit;
import io.github.cloudsync.diff.SchemaProblem;
import io.github.cloudsync.diff.SchemaWants;
import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The provisioning schema edit as apply needs it (apply may import plan but not diff): compute the RFC 6902 patch on a
 * schema read at apply time, and describe the edit as display changes.
 */
public final class SchemaPatch {
    private SchemaPatch() {}

    /** The patch that puts CredentialData on (or takes it off) the user and inetOrgPerson mappings; may be empty. */
    public static JsonNode patch(JsonNode schema, boolean passwordHashSync) {
        return CredentialDataEdit.patch(schema, passwordHashSync);
    }

    /**
     * The patch that makes {@code schema}, read at apply time from a job this apply created, what {@code action} wants;
     * may be empty. A new job starts from the template's default schema, so that schema is also exact mode's base.
     */
    public static JsonNode patch(JsonNode schema, Action.PutSchema action) {
        ProvisioningSchemaDiff.Result result =
                ProvisioningSchemaDiff.compare(schema, Optional.of(schema), action.wants());
        if (!result.problems().isEmpty()) {
            throw new ProfileException(
                    result.problems().get(0).at().file(),
                    result.problems().stream().map(SchemaProblem::formatted).toList());
        }
        return result.patch();
    }

    /** What the edit does to this schema, as plan changes (empty when nothing changes). */
    public static List<Action.Change> describe(JsonNode schema, boolean passwordHashSync) {
        return changes(CredentialDataEdit.change(schema, passwordHashSync).edits(), List.of());
    }

    static List<Action.Change> changes(List<SchemaEdit> edits, List<SchemaChange> schemaChanges) {
        List<Action.Change> changes = new ArrayList<>();
        for (SchemaEdit e : edits) {
            changes.add(new Action.Change(
                    "objectMapping " + e.objectMapping() + " attributeMapping " + e.targetAttribute(),
                    e.added() ? null : e.sourceExpression(),
                    e.added() ? e.sourceExpression() : null,
                    false));
        }
        schemaChanges.forEach(c -> changes.add(change(c)));
        return changes;
    }

    /** The changes a write to a job still to be made will make, as far as the profile says them. */
    static List<Action.Change> wanted(SchemaWants wants) {
        List<Action.Change> changes = new ArrayList<>();
        if (wants.passwordHashSync()) {
            changes.add(new Action.Change(
                    "objectMapping user->User attributeMapping CredentialData", null, Action.KNOWN_AFTER_APPLY, false));
        }
        wants.scope().ifPresent(s -> changes.add(new Action.Change("scope", "all", scope(Optional.of(s)), false)));
        for (ObjectMappings o : wants.mappings().objects()) {
            String type = o.objectType().sourceObjectName();
            for (AttributeMapping m : o.set()) {
                changes.add(new Action.Change(
                        type + "." + m.target(),
                        null,
                        m.source().expression() + (m.flow() == MappingFlow.ON_CREATE ? " (on create)" : ""),
                        false));
            }
            for (MappingRemoval r : o.remove()) {
                changes.add(new Action.Change(type + "." + r.target(), Action.KNOWN_AFTER_APPLY, null, false));
            }
        }
        return changes;
    }

    static boolean touchesCredentialData(SchemaChange change) {
        String target = "";
        if (change instanceof SchemaChange.MappingAdded a) {
            target = a.target();
        } else if (change instanceof SchemaChange.MappingChanged c) {
            target = c.target();
        } else if (change instanceof SchemaChange.MappingRemoved r) {
            target = r.target();
        }
        return target.equalsIgnoreCase(CredentialDataEdit.TARGET_ATTRIBUTE);
    }

    private static Action.Change change(SchemaChange change) {
        if (change instanceof SchemaChange.ScopeChanged s) {
            return new Action.Change("scope", scope(s.before()), scope(s.after()), false);
        } else if (change instanceof SchemaChange.MappingAdded a) {
            return new Action.Change(
                    a.objectType() + "." + a.target(), null, flowed(a.expression(), a.flowType()), false);
        } else if (change instanceof SchemaChange.MappingChanged c) {
            return new Action.Change(
                    c.objectType() + "." + c.target(),
                    flowed(c.beforeExpression(), c.beforeFlowType()),
                    flowed(c.afterExpression(), c.afterFlowType()),
                    false);
        } else if (change instanceof SchemaChange.MappingRemoved r) {
            return new Action.Change(r.objectType() + "." + r.target(), r.expression(), null, false);
        }
        SchemaChange.OtherChange o = (SchemaChange.OtherChange) change;
        return new Action.Change(o.path(), o.before(), o.after(), false);
    }

    private static String flowed(String expression, String flowType) {
        return "ObjectAddOnly".equals(flowType) ? expression + " (on create)" : expression;
    }

    /** "all", or the count and the names: {@code 1 OU: OU=Sales,DC=contoso,DC=com}. */
    static String scope(Optional<Scope> scope) {
        if (scope.isEmpty()) {
            return "all";
        }
        int count = scope.get().distinguishedNames().size();
        String kind = scope.get().kind() == Scope.Kind.ORGANIZATIONAL_UNITS ? " OU" : " group";
        return count + kind + (count == 1 ? "" : "s") + ": "
                + String.join("; ", scope.get().distinguishedNames());
    }
}
