package io.github.cloudsync.render;

import io.github.cloudsync.diff.UnmanagedMapping;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a plan as JSON, format version 1.1 (1.0 and a {@code reason_code}), described by {@code schemas/plan.v1.schema.json}. Secret values never
 * appear: sensitive changes carry {@code (sensitive)} and the owned secret values are not written at all.
 */
public final class JsonRenderer {
    public static final String FORMAT_VERSION = "1.1";

    public static final String DEFAULT_CAPTION = "cloudsync plan";

    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonRenderer() {}

    public static String render(Plan plan) {
        return render(plan, DEFAULT_CAPTION);
    }

    public static String render(Plan plan, String caption) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(plan, caption)) + "\n";
    }

    /** The JSON document as a tree, for callers that embed it (a saved plan, a drift report). */
    public static ObjectNode tree(Plan plan, String caption) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("caption", caption);
        root.put("empty", plan.empty());
        ObjectNode summary = root.putObject("summary");
        summary.put("add", plan.toAdd());
        summary.put("change", plan.toChange());
        summary.put("destroy", plan.toDestroy());
        ArrayNode actions = root.putArray("actions");
        plan.actions().forEach(a -> actions.add(action(a)));
        if (!plan.unmanagedMappings().isEmpty()) {
            ArrayNode unmanaged = root.putArray("unmanaged_mappings");
            for (UnmanagedMapping mapping : plan.unmanagedMappings()) {
                ObjectNode m = unmanaged.addObject();
                m.put("object_type", mapping.objectType());
                m.put("target", mapping.target());
                m.put("kind", mapping.kind().name().toLowerCase(Locale.ROOT));
                m.put("expression", mapping.expression());
            }
        }
        ArrayNode notices = root.putArray("notices");
        for (Plan.Notice notice : plan.notices()) {
            ObjectNode n = notices.addObject();
            n.put("address", notice.address());
            n.put("message", NoticeText.message(notice));
            n.put("what_to_do", NoticeText.whatToDo(notice));
        }
        return root;
    }

    private static ObjectNode action(Action action) {
        ObjectNode node = JSON.createObjectNode();
        node.put("address", action.address());
        node.put("type", ActionNames.type(action));
        node.put("action", action.kind().verb());
        node.put("symbol", action.kind().symbol());
        node.put("reason", ReasonText.of(action));
        node.put("reason_code", ActionNames.reasonCode(action.reason()));
        if (action.tenantWideDestructive()) {
            node.put("tenant_wide_destructive", true);
        }
        ArrayNode dependsOn = node.putArray("depends_on");
        action.after().forEach(dependsOn::add);
        ArrayNode changes = node.putArray("changes");
        for (Action.Change change : action.changes()) {
            ObjectNode c = changes.addObject();
            c.put("attribute", change.attribute());
            c.put("before", change.shownBefore());
            c.put("after", change.shownAfter());
            c.put("sensitive", change.sensitive());
        }
        if (action instanceof Action.PutSchema schema) {
            node.put("patch_known_after_apply", schema.knownAfterApply());
            if (schema.patch().isPresent()) {
                node.set("patch", schema.patch().get().deepCopy());
            } else {
                node.putNull("patch");
            }
        }
        return node;
    }
}
