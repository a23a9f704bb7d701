package io.github.cloudsync.diff;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** How the provisioning job's schema compares with what the profile wants of it (CredentialData, scope, mappings). */
public sealed interface SchemaComparison {
    /** Nothing to change, or nothing cloudsync needs from a schema it will not touch. */
    record Unchanged() implements SchemaComparison {}

    /**
     * The schema needs this RFC 6902 patch; {@code edits} say what it does to CredentialData and {@code changes} what
     * else it does.
     */
    record Patch(JsonNode patch, List<SchemaEdit> edits, List<SchemaChange> changes) implements SchemaComparison {
        public Patch {
            patch = patch.deepCopy();
            edits = List.copyOf(edits);
            changes = List.copyOf(changes);
        }
    }

    /**
     * The provisioning job does not exist yet: the patch is computed on the schema apply reads (the template's
     * default, which a new job starts from).
     */
    record KnownAfterApply() implements SchemaComparison {}

    /** The provisioning job exists but its schema was not read, so nothing in it could be checked. */
    record NotRead() implements SchemaComparison {}
}
