package io.github.cloudsync.emulator;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code start}, {@code pause} and {@code restart} of a job, each 204 (docs/graph.md 4.5). */
final class JobControl {
    /** The flags of synchronizationJobRestartScope (CSDL, docs/graph.md 4.5). */
    enum ResetScope {
        None,
        ConnectorDataStore,
        Escrows,
        Watermark,
        QuarantineState,
        Full,
        ForceDeletes
    }

    /**
     * Schedule Active, code Active; a quarantine is cleared ("Use the start job only when ... paused or in
     * quarantine").
     */
    GraphReply start(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        run(tenant, sp, Tenant.requireJob(sp, params.get("job")), call);
        return GraphReply.noContent();
    }

    GraphReply pause(GraphCall call, Tenant tenant, Map<String, String> params) {
        JobRecord job = job(tenant, params);
        job.schedule().put("state", "Paused");
        job.status().put("code", "Paused");
        return GraphReply.noContent();
    }

    /**
     * Parses {@code criteria.resetScope} as a flags set (unknown names are a 400). QuarantineState, Full, ForceDeletes
     * or no scope at all (which "is similar to QuarantineState, Watermark, and Escrows") lift a quarantine;
     * ForceDeletes also releases the held deletes. The job then runs on its schedule [I].
     */
    GraphReply restart(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        Set<ResetScope> scope = resetScope(call);
        boolean liftsQuarantine = scope.isEmpty()
                || scope.contains(ResetScope.QuarantineState)
                || scope.contains(ResetScope.Full)
                || scope.contains(ResetScope.ForceDeletes);
        if (scope.contains(ResetScope.ForceDeletes)) {
            job.pendingDeletes = 0;
        }
        boolean quarantined = !job.status().path("quarantine").isNull();
        if (quarantined && !liftsQuarantine) {
            job.schedule().put("state", "Active");
        } else {
            run(tenant, sp, job, call);
        }
        return GraphReply.noContent();
    }

    /** Schedule and code Active, no quarantine; under {@code jobLifecycle: realistic} also a first cycle. */
    private static void run(Tenant tenant, ServicePrincipalRecord sp, JobRecord job, GraphCall call) {
        job.schedule().put("state", "Active");
        job.status().put("code", "Active");
        job.status().putNull("quarantine");
        if (tenant.settings.jobLifecycle() == EmulatorSettings.JobLifecycle.realistic) {
            JobRun.firstCycle(job, sp, call.now());
        }
    }

    private static JobRecord job(Tenant tenant, Map<String, String> params) {
        return Tenant.requireJob(tenant.requireServicePrincipal(params.get("sp")), params.get("job"));
    }

    private static Set<ResetScope> resetScope(GraphCall call) {
        EnumSet<ResetScope> scope = EnumSet.noneOf(ResetScope.class);
        if (!call.hasBody()) {
            return scope;
        }
        ObjectNode body = JsonTrees.parseObject(call.body());
        for (String name : body.propertyNames()) {
            if (!name.equals("criteria")) {
                throw invalidParameter(name);
            }
        }
        JsonNode criteria = body.path("criteria");
        if (criteria.isMissingNode() || criteria.isNull()) {
            return scope;
        }
        if (!criteria.isObject()) {
            throw invalidParameter("criteria");
        }
        for (String name : criteria.propertyNames()) {
            if (!name.equals("resetScope")) {
                throw invalidParameter(name);
            }
        }
        JsonNode text = criteria.path("resetScope");
        if (text.isMissingNode() || text.isNull() || text.asString().isBlank()) {
            return scope;
        }
        if (!text.isString()) {
            throw invalidParameter("resetScope");
        }
        for (String raw : text.stringValue().split(",")) {
            String name = raw.trim();
            try {
                scope.add(ResetScope.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "The value '" + name + "' is not valid for the enum type"
                                + " 'microsoft.graph.synchronizationJobRestartScope'.");
            }
        }
        return scope;
    }

    private static GraphFailure invalidParameter(String name) {
        return GraphFailure.badRequest(
                "BadRequest",
                "The parameter '" + name + "' in the request payload is not a valid parameter for the operation"
                        + " 'restart'.");
    }
}
