package io.github.cloudsync.render;

import io.github.cloudsync.model.Job;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a drift report as JSON, format version 1.1, described by {@code schemas/drift.v1.schema.json}: a summary, the
 * overall result, and per profile its result with the plan (as {@code plan --json} writes it) or the error.
 */
public final class DriftJsonRenderer {
    /** 1.1 adds the quarantined jobs (summary and per profile) to 1.0. */
    public static final String FORMAT_VERSION = "1.1";

    private static final JsonMapper JSON = JsonMapper.shared();

    private DriftJsonRenderer() {}

    public static String render(DriftReport report) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report)) + "\n";
    }

    public static ObjectNode tree(DriftReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("result", report.overall().key());
        ObjectNode summary = root.putObject("summary");
        summary.put("profiles", report.entries().size());
        summary.put("in_sync", report.count(DriftReport.Result.IN_SYNC));
        summary.put("drifted", report.count(DriftReport.Result.DRIFTED));
        summary.put("errors", report.count(DriftReport.Result.ERROR));
        summary.put("quarantined_jobs", report.quarantinedJobs());
        ArrayNode profiles = root.putArray("profiles");
        for (DriftReport.Entry entry : report.entries()) {
            ObjectNode p = profiles.addObject();
            p.put("file", entry.file());
            p.put("name", entry.name().orElse(null));
            p.put("tenant_id", entry.tenantId().orElse(null));
            p.put("result", entry.result().key());
            ArrayNode warnings = p.putArray("warnings");
            entry.warnings().forEach(warnings::add);
            ArrayNode quarantined = p.putArray("quarantined_jobs");
            for (Job job : entry.quarantined()) {
                quarantined
                        .addObject()
                        .put("id", job.id())
                        .put("template", job.templateId())
                        .put("reason", job.quarantineReason().orElseThrow())
                        .put("holds_deletes", job.holdsDeletes());
            }
            if (entry.plan().isPresent()) {
                p.set("plan", JsonRenderer.tree(entry.plan().get(), DriftReport.CAPTION));
            } else {
                p.putNull("plan");
            }
            if (entry.failure().isPresent()) {
                DriftReport.Failure failure = entry.failure().get();
                ObjectNode error = p.putObject("error");
                error.put("code", failure.code());
                error.put("message", failure.message());
                error.put("what_to_do", failure.whatToDo());
                ArrayNode details = error.putArray("details");
                failure.details().forEach(details::add);
            } else {
                p.putNull("error");
            }
        }
        return root;
    }
}
