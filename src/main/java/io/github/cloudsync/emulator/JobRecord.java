package io.github.cloudsync.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * One synchronization job: its Graph representation (id, templateId, schedule, status, synchronizationJobSettings)
 * and its schema. Mutable; guarded by the tenant's lock.
 */
final class JobRecord {
    final ObjectNode graph;
    /** The customised schema as the client sent it (annotations stripped), or null while it is the template default. */
    ObjectNode schema;

    String schemaVersion;
    /** Deletes held back by an injected TooManyDeletes quarantine; ForceDeletes releases them. */
    long pendingDeletes;

    JobRecord(ObjectNode graph, ObjectNode schema, String schemaVersion) {
        this.graph = graph;
        this.schema = schema;
        this.schemaVersion = schemaVersion;
    }

    String id() {
        return graph.get("id").asString();
    }

    String templateId() {
        return graph.get("templateId").asString();
    }

    ObjectNode schedule() {
        return (ObjectNode) graph.get("schedule");
    }

    ObjectNode status() {
        return (ObjectNode) graph.get("status");
    }
}
