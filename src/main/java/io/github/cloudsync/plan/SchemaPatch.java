package io.github.cloudsync.plan;

import io.github.cloudsync.diff.CredentialDataEdit;
import io.github.cloudsync.diff.SchemaEdit;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The provisioning schema edit as apply needs it (apply may import plan but not diff): compute the RFC 6902 patch on a
 * schema read at apply time, and describe the edit.
 */
public final class SchemaPatch {
    private SchemaPatch() {}

    /** The patch that puts CredentialData on (or takes it off) the user and inetOrgPerson mappings; may be empty. */
    public static JsonNode patch(JsonNode schema, boolean passwordHashSync) {
        return CredentialDataEdit.patch(schema, passwordHashSync);
    }

    /** What the edit does to this schema, as plan changes (empty when nothing changes). */
    public static List<Action.Change> describe(JsonNode schema, boolean passwordHashSync) {
        return changes(CredentialDataEdit.change(schema, passwordHashSync).edits());
    }

    static List<Action.Change> changes(List<SchemaEdit> edits) {
        return edits.stream()
                .map(e -> new Action.Change(
                        "objectMapping " + e.objectMapping() + " attributeMapping " + e.targetAttribute(),
                        e.added() ? null : e.sourceExpression(),
                        e.added() ? e.sourceExpression() : null,
                        false))
                .toList();
    }
}
