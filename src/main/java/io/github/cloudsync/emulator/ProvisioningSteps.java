package io.github.cloudsync.emulator;

import java.time.Instant;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code key} and {@code value} of a provisionOnDemand answer, before they become JSON strings: a success has the
 * steps of Microsoft's example 2 (EntryImportAdd, EntryImport, EntrySynchronizationScoping, then an export step); an
 * object that is not found fails at EntryImport ({@code result} Failure, errorCode {@code ObjectNotFound}); one out of
 * scope is skipped at EntrySynchronizationSkip ({@code result} Skipped, errorCode {@code OutOfScope}), shaped like the
 * documented Skipped answer of example 1. The error codes are the emulator's [I].
 */
final class ProvisioningSteps {
    private final String timestamp;
    private final String type;
    private final String objectId;

    ProvisioningSteps(Instant now, String type, String objectId) {
        this.timestamp = JobShapes.dateTime(now);
        this.type = type;
        this.objectId = objectId;
    }

    /** {@code {"key": {...}, "value": {...}}} for {@code lookup}, exporting to the Entra object {@code target}. */
    ObjectNode result(OnPremisesObject.Lookup lookup, String target) {
        ObjectNode value = JsonTrees.object();
        ArrayNode steps = value.putArray("provisioningSteps");
        String name = lookup.commonName();
        String status;
        String errorCode = null;
        if (lookup.outcome() == OnPremisesObject.Outcome.NOT_FOUND) {
            step(steps, "EntryImport", "Import", "Failure", lookup.reason());
            status = "Failure";
            errorCode = "ObjectNotFound";
        } else {
            imported(steps, name);
            boolean inScope = lookup.outcome() == OnPremisesObject.Outcome.IN_SCOPE;
            ObjectNode scoping = step(
                    steps,
                    "EntrySynchronizationScoping",
                    "Scoping",
                    "Success",
                    "Determine if " + type + " in scope by evaluating against each scoping filter");
            scoping.put("Active in the source system", "True");
            scoping.put("Scoping filter evaluation passed", inScope ? "True" : "False");
            if (inScope) {
                step(
                        steps,
                        "EntryExportAdd",
                        "Export",
                        "Success",
                        target + " '" + name + "' was created in Azure Active Directory");
                status = "Success";
            } else {
                step(steps, "EntrySynchronizationSkip", "Export", "Skipped", lookup.reason())
                        .put("SkipReason", "OutOfScope");
                status = "Skipped";
                errorCode = "OutOfScope";
            }
        }
        value.putArray("modifiedProperties");
        value.put("action", status.equals("Success") ? "Create" : "Other");
        value.put("changeId", ProvisionOnDemand.newId());
        value.put("endTime", timestamp);
        value.put("reportableIdentifier", name);
        value.putObject("sourceIdentity").put("id", ProvisionOnDemand.newId()).put("type", type);
        value.putObject("sourceSystem").put("name", "Active Directory");
        value.put("startTime", timestamp);
        ObjectNode statusInfo = value.putObject("statusInfo").put("status", status);
        if (status.equals("Success")) {
            value.putObject("targetIdentity")
                    .put("id", ProvisionOnDemand.newId())
                    .put("type", target);
        } else {
            statusInfo.put("errorCode", errorCode).put("reason", lookup.reason());
            value.putNull("targetIdentity");
        }
        value.putObject("targetSystem").put("name", "Azure Active Directory");
        ObjectNode key = JsonTrees.object();
        key.put("result", status);
        ObjectNode details = key.putObject("details");
        if (errorCode != null) {
            details.put("errorCode", errorCode).put("errorMessage", lookup.reason());
        }
        ObjectNode result = JsonTrees.object();
        result.set("key", key);
        result.set("value", value);
        return result;
    }

    private void imported(ArrayNode steps, String name) {
        step(
                        steps,
                        "EntryImportAdd",
                        "Import",
                        "Success",
                        "Received " + type + " '" + name + "' change of type (Add) from Active Directory")
                .put("distinguishedName", objectId)
                .put("cn", name);
        step(steps, "EntryImport", "Import", "Success", "Retrieved " + type + " '" + name + "' from Active Directory")
                .put("distinguishedName", objectId)
                .put("cn", name);
    }

    /** Adds a step and returns its {@code details} object. */
    private ObjectNode step(ArrayNode steps, String name, String kind, String status, String description) {
        ObjectNode step = steps.addObject();
        step.put("name", name);
        step.put("type", kind);
        step.put("status", status);
        step.put("description", description);
        step.put("timestamp", timestamp);
        return step.putObject("details");
    }
}
