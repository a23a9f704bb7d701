package io.github.cloudsync.render;

import io.github.cloudsync.model.Job;
import java.util.function.ToLongFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a drift report as JSON, format version 1.2, described by {@code schemas/drift.v1.schema.json}: a summary, the
 * overall result, and per profile its result with the plan (as {@code plan --json} writes it) or the error.
 */
public final class DriftJsonRenderer {
    /**
     * 1.1 adds the quarantined jobs (summary and per profile) to 1.0; 1.2 adds {@code shard} ({@code drift --shard})
     * and {@code merge} ({@code drift-report merge}).
     */
    public static final String FORMAT_VERSION = "1.2";

    private static final JsonMapper JSON = JsonMapper.shared();

    private DriftJsonRenderer() {}

    public static String render(DriftReport report) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report)) + "\n";
    }

    public static ObjectNode tree(DriftReport report) {
        ObjectNode root = header(report.overall(), report.entries().size(), report::count, report.quarantinedJobs());
        report.share()
                .ifPresent(share -> root.putObject("shard")
                        .put("index", share.index())
                        .put("count", share.count())
                        .put("profiles", share.profiles())
                        .put("all_profiles", share.allProfiles()));
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
                p.set("error", FailureJsonRenderer.error(entry.failure().get()));
            } else {
                p.putNull("error");
            }
        }
        return root;
    }

    /**
     * The report for a log collector ({@code drift --json-lines}, {@code schemas/drift-line.v1.schema.json}): one line
     * per profile, in the order given, {@code "type": "profile"} with its {@code profiles} entry as {@code profile}, then one
     * {@code "type": "summary"} line with the overall result and the counts.
     */
    public static String lines(DriftReport report) {
        ObjectNode whole = tree(report);
        StringBuilder out = new StringBuilder();
        for (JsonNode profile : whole.get("profiles")) {
            ObjectNode line = JSON.createObjectNode();
            line.put("format_version", FORMAT_VERSION);
            line.put("type", "profile");
            line.set("profile", profile);
            out.append(JsonText.line(line));
        }
        ObjectNode summary = JSON.createObjectNode();
        summary.put("format_version", FORMAT_VERSION);
        summary.put("type", "summary");
        summary.put("result", report.overall().key());
        summary.set("summary", whole.get("summary"));
        return out.append(JsonText.line(summary)).toString();
    }

    /** The format, the result and the summary: how a drift document and a merged one both begin. */
    static ObjectNode header(
            DriftReport.Result overall, int profiles, ToLongFunction<DriftReport.Result> count, long quarantinedJobs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("result", overall.key());
        ObjectNode summary = root.putObject("summary");
        summary.put("profiles", profiles);
        summary.put("in_sync", count.applyAsLong(DriftReport.Result.IN_SYNC));
        summary.put("drifted", count.applyAsLong(DriftReport.Result.DRIFTED));
        summary.put("errors", count.applyAsLong(DriftReport.Result.ERROR));
        summary.put("quarantined_jobs", quarantinedJobs);
        return root;
    }
}
