package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a plan as Markdown for a pull-request comment: a heading, the summary line, a table of actions, the
 * attribute changes and any schema patch in collapsible details blocks, and notices as warnings.
 */
public final class MarkdownRenderer {
    public static final String DEFAULT_CAPTION = "cloudsync plan";

    private MarkdownRenderer() {}

    public static String render(Plan plan) {
        return render(plan, DEFAULT_CAPTION);
    }

    public static String render(Plan plan, String caption) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(caption).append("\n\n");
        out.append("**")
                .append(plan.empty() ? TextRenderer.NO_CHANGES : Summary.line(plan))
                .append("**\n");
        if (!plan.empty()) {
            out.append("\n| | Action | Address | Why |\n|---|---|---|---|\n");
            for (Action action : plan.actions()) {
                out.append("| `")
                        .append(action.kind().symbol())
                        .append("` | ")
                        .append(action.kind().verb())
                        .append(" | `")
                        .append(action.address())
                        .append("` | ")
                        .append(cell(ReasonText.of(action)))
                        .append(" |\n");
            }
            appendChanges(out, plan);
            for (Action action : plan.actions()) {
                if (action instanceof Action.PutSchema schema) {
                    appendPatch(out, schema);
                }
            }
        }
        for (Plan.Notice notice : plan.notices()) {
            out.append("\n> [!WARNING]\n> **")
                    .append(notice.address())
                    .append("**: ")
                    .append(NoticeText.message(notice))
                    .append("\n> ")
                    .append(NoticeText.whatToDo(notice))
                    .append("\n");
        }
        return out.toString();
    }

    private static void appendChanges(StringBuilder out, Plan plan) {
        out.append("\n<details><summary>Attribute changes</summary>\n\n```diff\n");
        for (Action action : plan.actions()) {
            out.append(action.kind().symbol())
                    .append(" ")
                    .append(action.address())
                    .append("\n");
            for (Action.Change change : action.changes()) {
                out.append(ChangeText.line(change)).append("\n");
            }
        }
        out.append("```\n\n</details>\n");
    }

    private static void appendPatch(StringBuilder out, Action.PutSchema schema) {
        out.append("\n<details><summary>Schema patch for <code>")
                .append(schema.address())
                .append("</code> (RFC 6902)</summary>\n\n");
        if (schema.patch().isEmpty()) {
            out.append(Action.KNOWN_AFTER_APPLY).append(": the schema is read once the job exists.\n");
        } else {
            out.append("```json\n")
                    .append(JsonMapper.shared()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(schema.patch().get()))
                    .append("\n```\n");
        }
        out.append("\n</details>\n");
    }

    /** Text safe inside a table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
