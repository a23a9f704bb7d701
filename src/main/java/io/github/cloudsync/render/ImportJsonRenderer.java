package io.github.cloudsync.render;

import io.github.cloudsync.plan.Plan;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code import --json}, format version 1.0 ({@code schemas/import.v1.schema.json}): the profile's YAML text, where it
 * was written (null: only here), the warnings, and whether it plans to no changes (else the plan it would show).
 */
public final class ImportJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private ImportJsonRenderer() {}

    public static ObjectNode tree(
            String tenantId,
            String cloud,
            String displayName,
            String profileText,
            Optional<String> writtenTo,
            List<String> warnings,
            Plan check) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("tenant_id", tenantId);
        root.put("cloud", cloud);
        root.put("display_name", displayName);
        root.put("written_to", writtenTo.orElse(null));
        root.put("exact", check.empty());
        ArrayNode list = root.putArray("warnings");
        warnings.forEach(list::add);
        root.set("check", JsonRenderer.tree(check, JsonRenderer.DEFAULT_CAPTION));
        root.put("profile", profileText);
        return root;
    }
}
