package io.github.cloudsync.render;

import io.github.cloudsync.apply.ApplyReport;
import io.github.cloudsync.apply.StepOutcome;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code apply --json}, format version 1.0 ({@code schemas/apply.v1.schema.json}): the result, the plan that was applied
 * (as {@code plan --json} writes it), a report per step (done, failed with its error, or skipped), and what still
 * differs when the apply did not converge.
 */
public final class ApplyJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private ApplyJsonRenderer() {}

    /** How an apply ended; the JSON spelling is the lower-case name. */
    public enum Result {
        APPLIED,
        NO_CHANGES,
        CANCELLED,
        FAILED,
        NOT_CONVERGED;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ObjectNode tree(
            String profile,
            String tenantId,
            Result result,
            Plan plan,
            Optional<ApplyReport> report,
            Optional<Plan> remaining) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("result", result.key());
        root.put("profile", profile);
        root.put("tenant_id", tenantId);
        root.set("plan", JsonRenderer.tree(plan, JsonRenderer.DEFAULT_CAPTION));
        ArrayNode steps = root.putArray("steps");
        int number = 0;
        for (StepOutcome step : report.map(ApplyReport::steps).orElse(List.of())) {
            steps.add(step(++number, step));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("done", report.map(r -> r.count(StepOutcome.Status.DONE)).orElse(0L));
        summary.put(
                "failed", report.map(r -> r.count(StepOutcome.Status.FAILED)).orElse(0L));
        summary.put(
                "skipped", report.map(r -> r.count(StepOutcome.Status.SKIPPED)).orElse(0L));
        if (remaining.isPresent()) {
            root.set("remaining", JsonRenderer.tree(remaining.get(), "still different after apply"));
        } else {
            root.putNull("remaining");
        }
        return root;
    }

    private static ObjectNode step(int number, StepOutcome step) {
        Action action = step.action();
        ObjectNode node = JSON.createObjectNode();
        node.put("number", number);
        node.put("address", action.address());
        node.put("type", ActionNames.type(action));
        node.put("action", action.kind().verb());
        node.put("status", step.status().name().toLowerCase(Locale.ROOT));
        node.put("message", step.message());
        if (step.failure().isPresent()) {
            node.set(
                    "error",
                    FailureJsonRenderer.error(
                            FailureText.of(step.failure().get()).driftFailure()));
        } else {
            node.putNull("error");
        }
        return node;
    }
}
