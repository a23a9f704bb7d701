package io.github.cloudsync.render;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code restart --json} and {@code allow-deletes --json}, format version 1.0 ({@code schemas/restart.v1.schema.json}):
 * the job before, the reset scope, whether it was restarted or cancelled, and the job as Graph has it afterwards; jobs as
 * {@code status --json} shows them. allow-deletes adds the delete threshold in Graph and in the profile.
 */
public final class RestartJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private RestartJsonRenderer() {}

    /** The delete threshold in Graph (empty: not readable) and in the profile, as allow-deletes shows them. */
    public record Thresholds(Optional<AccidentalDeletes> graph, AccidentalDeletes profile) {}

    public static ObjectNode tree(
            String command,
            String profile,
            String tenantId,
            String resetScope,
            Job before,
            boolean restarted,
            Optional<Job> after,
            Optional<Thresholds> thresholds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("command", command);
        root.put("result", restarted ? "restarted" : "cancelled");
        root.put("profile", profile);
        root.put("tenant_id", tenantId);
        root.put("reset_scope", resetScope);
        root.set("job", StatusJsonRenderer.job(before, Optional.empty()));
        if (after.isPresent()) {
            root.set("job_after", StatusJsonRenderer.job(after.get(), Optional.empty()));
        } else {
            root.putNull("job_after");
        }
        if (thresholds.isPresent()) {
            ObjectNode node = root.putObject("delete_threshold");
            if (thresholds.get().graph().isPresent()) {
                node.set("graph", threshold(thresholds.get().graph().get()));
            } else {
                node.putNull("graph");
            }
            node.set("profile", threshold(thresholds.get().profile()));
        } else {
            root.putNull("delete_threshold");
        }
        return root;
    }

    private static ObjectNode threshold(AccidentalDeletes deletes) {
        return JSON.createObjectNode().put("enabled", deletes.enabled()).put("value", deletes.threshold());
    }
}
