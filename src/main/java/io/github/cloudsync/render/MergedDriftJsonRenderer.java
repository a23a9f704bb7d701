package io.github.cloudsync.render;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders merged drift reports as one {@code drift --json} document (format {@link DriftJsonRenderer#FORMAT_VERSION},
 * {@code schemas/drift.v1.schema.json}): the summary recounted from the entries, the {@code merge} block, then every
 * entry as its shard wrote it.
 */
public final class MergedDriftJsonRenderer {
    private static final JsonMapper JSON = JsonMapper.shared();

    private MergedDriftJsonRenderer() {}

    public static String render(MergedDriftReport report) {
        ObjectNode root = DriftJsonRenderer.header(
                report.overall(), report.profiles().size(), report::count, report.quarantinedJobs());
        ObjectNode merge = root.putObject("merge");
        ArrayNode reports = merge.putArray("reports");
        report.reports().forEach(reports::add);
        if (report.shards().isPresent()) {
            merge.put("shards", report.shards().getAsInt());
        } else {
            merge.putNull("shards");
        }
        ArrayNode problems = merge.putArray("problems");
        report.problems().forEach(problems::add);
        ArrayNode profiles = root.putArray("profiles");
        report.profiles().forEach(profiles::add);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
