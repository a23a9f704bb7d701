package io.github.cloudsync.diff;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** How the provisioning job's schema compares with what password hash sync needs. */
public sealed interface SchemaComparison {
    /** Nothing to change, or nothing cloudsync needs from a schema it will not touch. */
    record Unchanged() implements SchemaComparison {}

    /** The schema needs this RFC 6902 patch; {@code edits} say what it does. */
    record Patch(JsonNode patch, List<SchemaEdit> edits) implements SchemaComparison {
        public Patch {
            patch = patch.deepCopy();
            edits = List.copyOf(edits);
        }
    }

    /** The provisioning job does not exist yet: the patch is computed on the schema apply reads. */
    record KnownAfterApply() implements SchemaComparison {}

    /** The provisioning job exists but its schema was not read, so CredentialData could not be checked. */
    record NotRead() implements SchemaComparison {}
}
