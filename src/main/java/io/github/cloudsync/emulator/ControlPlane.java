package io.github.cloudsync.emulator;

import java.time.Clock;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's own endpoints under {@code /_emulator/} (not Graph; docs/emulator.md): state export and import,
 * switches, request log, faults and quarantine injection. Their calls are neither logged nor faulted.
 */
final class ControlPlane {
    private static final Set<String> QUARANTINE_REASONS = Set.of(
            "EncounteredBaseEscrowThreshold",
            "EncounteredTotalEscrowThreshold",
            "EncounteredEscrowProportionThreshold",
            "EncounteredQuarantineException",
            "Unknown",
            "QuarantinedOnDemand",
            "TooManyDeletes",
            "IngestionInterrupted");

    private final Tenant tenant;
    private final DefaultSchemas defaults;
    private final Faults faults;
    private final RequestLog log;
    private final SecretsMode defaultMode;
    private final Clock clock;

    ControlPlane(Tenant tenant, DefaultSchemas defaults, Faults faults, RequestLog log, SecretsMode mode, Clock clock) {
        this.tenant = tenant;
        this.defaults = defaults;
        this.faults = faults;
        this.log = log;
        this.defaultMode = mode;
        this.clock = clock;
    }

    /** Answers one control call; {@code resource} is the path after {@code /_emulator/}. */
    GraphReply handle(String method, String resource, String query, byte[] body) {
        try {
            return switch (method + " " + resource) {
                case "GET state" -> {
                    synchronized (tenant) {
                        boolean all = query != null && query.contains("schemas=all");
                        yield GraphReply.json(200, TenantCodec.export(tenant, defaults, all));
                    }
                }
                case "PUT state" -> {
                    Tenant imported = TenantCodec.read(parse(body), defaultMode, clock.instant());
                    synchronized (tenant) {
                        tenant.replaceWith(imported);
                    }
                    yield GraphReply.noContent();
                }
                case "GET settings" -> {
                    synchronized (tenant) {
                        yield GraphReply.json(200, tenant.settings.toJson());
                    }
                }
                case "PATCH settings" -> {
                    JsonNode changes = parse(body);
                    synchronized (tenant) {
                        tenant.settings = tenant.settings.with(changes);
                        yield GraphReply.json(200, tenant.settings.toJson());
                    }
                }
                case "GET requests" -> GraphReply.json(200, log.toJson());
                case "DELETE requests" -> {
                    log.clear();
                    yield GraphReply.noContent();
                }
                case "GET faults" -> {
                    ObjectNode json = JsonTrees.object();
                    json.set("value", faults.toJson());
                    yield GraphReply.json(200, json);
                }
                case "POST faults" -> addFaults(parse(body));
                case "DELETE faults" -> {
                    faults.clear();
                    yield GraphReply.noContent();
                }
                case "POST quarantine" -> quarantine(parse(body));
                default -> error(404, "NotFound", "No control endpoint " + method + " /_emulator/" + resource);
            };
        } catch (IllegalArgumentException e) {
            return error(400, "BadRequest", e.getMessage());
        }
    }

    private GraphReply addFaults(JsonNode json) {
        if (json.isArray()) {
            json.forEach(rule -> FaultRule.parse(rule));
            json.forEach(rule -> faults.add(FaultRule.parse(rule)));
        } else {
            faults.add(FaultRule.parse(json));
        }
        return GraphReply.noContent();
    }

    /** Puts a job into quarantine: code Quarantine and the documented quarantine object (docs/graph.md 5.3). */
    private GraphReply quarantine(JsonNode json) {
        String spId = json.path("servicePrincipalId").asString("");
        String jobId = json.path("jobId").asString("");
        String reason = json.path("reason").asString("TooManyDeletes");
        String errorCode = json.path("errorCode").asString(reason);
        if (!QUARANTINE_REASONS.contains(reason) && !(reason.isEmpty() && json.has("errorCode"))) {
            throw new IllegalArgumentException("unknown quarantine reason '" + reason + "'");
        }
        synchronized (tenant) {
            ServicePrincipalRecord sp;
            JobRecord job;
            try {
                sp = tenant.requireServicePrincipal(spId);
                job = Tenant.requireJob(sp, jobId);
            } catch (GraphFailure e) {
                return error(404, "NotFound", "no job '" + jobId + "' on service principal '" + spId + "'");
            }
            long threshold = NotificationSettings.threshold(sp.secrets);
            long deletes = json.path("pendingDeletes").asLong(threshold);
            boolean tooManyDeletes = reason.equals("TooManyDeletes") || errorCode.equals("TooManyDeletes");
            boolean emptyDates = json.path("emptyDates")
                    .asBoolean(tenant.settings.jobLifecycle() == EmulatorSettings.JobLifecycle.realistic);
            job.pendingDeletes = tooManyDeletes ? deletes : 0;
            job.status().put("code", "Quarantine");
            job.status()
                    .set(
                            "quarantine",
                            JobShapes.quarantine(clock.instant(), reason, errorCode, emptyDates, deletes, threshold));
        }
        return GraphReply.noContent();
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JsonTrees.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static GraphReply error(int status, String code, String message) {
        ObjectNode body = JsonTrees.object();
        body.putObject("error").put("code", code).put("message", message);
        return GraphReply.json(status, body);
    }
}
