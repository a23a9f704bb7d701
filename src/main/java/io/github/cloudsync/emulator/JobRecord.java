package io.github.cloudsync.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * One synchronization job: its Graph representation (id, templateId, schedule, status, synchronizationJobSettings)
 * and its schema. Mutable; guarded by the tenant's lock.
 */
final class JobRecord {
    final ObjectNode graph;
    /**
     * The customised schema as the client sent it (annotations stripped), or null while it is the template default.
     * Replaced whole on every change and never edited in place, so a replica's copy of the job may share it.
     */
    ObjectNode schema;

    String schemaVersion;
    /**
     * The last schema GET body, serialized, with the {@code @odata.context} it was made for: a 300 KB schema is served
     * many times between changes (every plan and drift reads it), so it is written once per change. A PUT or DELETE of
     * the schema, the only changes to it and its version, sets it back to null.
     */
    SchemaBody schemaBody;

    /** Deletes held back by an injected TooManyDeletes quarantine; ForceDeletes releases them. */
    long pendingDeletes;

    JobRecord(ObjectNode graph, ObjectNode schema, String schemaVersion) {
        this.graph = graph;
        this.schema = schema;
        this.schemaVersion = schemaVersion;
    }

    /** A serialized schema GET body and the {@code @odata.context} (the request's base URL) it answers for. */
    @SuppressWarnings("ArrayRecordComponent") // raw bytes passed along once, never compared
    record SchemaBody(String context, byte[] bytes) {}

    /** A copy with its own graph; the schema and its serialized body are shared (both are replaced, never edited). */
    JobRecord copy() {
        JobRecord copy = new JobRecord(graph.deepCopy(), schema, schemaVersion);
        copy.schemaBody = schemaBody;
        copy.pendingDeletes = pendingDeletes;
        return copy;
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
