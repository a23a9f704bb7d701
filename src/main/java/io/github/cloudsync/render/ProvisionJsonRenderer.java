package io.github.cloudsync.render;

import io.github.cloudsync.model.ProvisioningResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders {@code cloudsync provision --json} (schemas/provision.v1.schema.json): the same facts as the text, the steps
 * with their timestamps as Graph sent them and {@code failed} as the exit code decides it.
 */
public final class ProvisionJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private ProvisionJsonRenderer() {}

    public static String render(ProvisionReport report) {
        return JsonText.pretty(tree(report));
    }

    /** The document as a tree, for {@code --json-lines}. */
    public static ObjectNode tree(ProvisionReport report) {
        ProvisioningResult result = report.result();
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("profile", report.profileName());
        root.put("tenant_id", report.tenantId());
        root.putObject("service_principal")
                .put("id", report.servicePrincipal().id())
                .put("display_name", report.servicePrincipal().displayName());
        root.putObject("job")
                .put("id", report.job().id())
                .put("template", report.job().templateId());
        root.put("rule_id", report.ruleId());
        root.putObject("object").put("distinguished_name", report.objectId()).put("type", report.objectTypeName());
        root.put("result", result.result());
        root.put("failed", result.failed());
        ObjectNode error = root.putObject("error");
        error.put("code", result.errorCode().orElse(null));
        error.put("message", result.errorMessage().orElse(null));
        if (result.errorCode().isEmpty() && result.errorMessage().isEmpty()) {
            root.putNull("error");
        }
        ArrayNode steps = root.putArray("steps");
        for (ProvisioningResult.Step step : result.steps()) {
            ObjectNode node = steps.addObject();
            node.put("name", step.name());
            node.put("type", step.type());
            node.put("status", step.status());
            node.put("failed", step.failed());
            node.put("description", step.description());
            node.put("timestamp", step.timestamp());
            ObjectNode details = node.putObject("details");
            step.details().forEach(details::put);
        }
        if (result.target().isPresent()) {
            root.putObject("target")
                    .put("id", result.target().get().id())
                    .put("type", result.target().get().type());
        } else {
            root.putNull("target");
        }
        return root;
    }
}
