package io.github.cloudsync.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** One service principal: its Graph representation, its synchronization secrets and jobs. Guarded by the tenant's lock. */
final class ServicePrincipalRecord {
    final ObjectNode graph;
    /** Secret key to value, in the order they were first written. */
    final Map<String, String> secrets = new LinkedHashMap<>();
    /** Job id to job, in creation order. */
    final Map<String, JobRecord> jobs = new LinkedHashMap<>();

    /**
     * The display name in ASCII lower case, or null when it holds another character: a fleet's {@code displayName eq}
     * lookup compares it with one {@code equals} per service principal ({@link ServicePrincipalFilter#nameKey}). No
     * call changes a service principal's display name after it is made.
     */
    final String displayNameKey;

    ServicePrincipalRecord(ObjectNode graph) {
        this.graph = graph;
        this.displayNameKey =
                ServicePrincipalFilter.nameKey(graph.path("displayName").asString(""));
    }

    /** A copy with its own graph, secrets and jobs. */
    ServicePrincipalRecord copy() {
        ServicePrincipalRecord copy = new ServicePrincipalRecord(graph.deepCopy());
        copy.secrets.putAll(secrets);
        jobs.forEach((id, job) -> copy.jobs.put(id, job.copy()));
        return copy;
    }

    String id() {
        return graph.get("id").asString();
    }

    String appId() {
        return graph.path("appId").asString("");
    }

    String applicationTemplateId() {
        return graph.path("applicationTemplateId").asString("");
    }
}
