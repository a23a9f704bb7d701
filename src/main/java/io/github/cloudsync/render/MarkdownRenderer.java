package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.List;
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
        for (Action action : plan.tenantWideDestructive()) {
            out.append("\n> [!CAUTION]\n> **")
                    .append(DestructiveWarning.headline(action))
                    .append("**\n");
            DestructiveWarning.lines(action)
                    .forEach(line -> out.append("> ").append(line).append("\n"));
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
        return TerminalText.escaped(out.toString());
    }

    private static void appendChanges(StringBuilder out, Plan plan) {
        out.append("\n<details><summary>Attribute changes</summary>\n\n```diff\n");
        for (Action action : plan.actions()) {
            out.append(action.kind().symbol())
                    .append(" ")
                    .append(action.address())
                    .append("\n");
            List<Action.Change> changes = action.changes();
            if (action instanceof Action.PutSchema schema
                    && !schema.schemaChanges().isEmpty()) {
                changes = changes.subList(
                        0, changes.size() - schema.schemaChanges().size());
            }
            for (Action.Change change : changes) {
                out.append(ChangeText.line(change)).append("\n");
            }
            if (action instanceof Action.PutSchema schema) {
                for (String line : SchemaText.lines(schema)) {
                    out.append(diffLine(line)).append("\n");
                }
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

    /** A schema line in a diff block: the symbol in the first column, {@code !} for an update as ChangeText does. */
    private static String diffLine(String line) {
        String trimmed = line.stripLeading();
        String symbol = trimmed.substring(0, 1);
        String rest = trimmed.substring(1);
        String indent = line.substring(0, line.length() - trimmed.length());
        return switch (symbol) {
            case "+", "-" -> symbol + "   " + indent + rest.stripLeading();
            default -> "!   " + indent + rest.stripLeading();
        };
    }

    /** Text safe inside a table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
