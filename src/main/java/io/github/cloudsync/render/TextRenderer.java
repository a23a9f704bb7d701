package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.List;

/**
 * Renders a plan as text in Terraform's idiom ({@code + create}, {@code ~ update}, {@code - delete}, {@code > start},
 * {@code || pause}, {@code <= read}), with the attribute changes indented, notices, and the summary line. Secret
 * values are shown as {@code (sensitive)}. Colour (ANSI escapes) only when the caller asks for it.
 */
public final class TextRenderer {
    /** The caption of a plan; drift passes its own ("changed outside cloudsync"). */
    public static final String DEFAULT_CAPTION = "cloudsync will perform the following actions:";

    public static final String NO_CHANGES = "No changes. The configuration matches the profile.";

    private TextRenderer() {}

    /** The plan without colour, under the default caption. */
    public static String render(Plan plan) {
        return render(plan, DEFAULT_CAPTION, false);
    }

    public static String render(Plan plan, String caption, boolean colour) {
        Ansi ansi = new Ansi(colour);
        StringBuilder out = new StringBuilder();
        if (!plan.empty()) {
            out.append(caption).append("\n");
            for (Action action : plan.actions()) {
                out.append("\n");
                appendAction(out, action, ansi);
            }
            out.append("\n");
        }
        for (Action action : plan.tenantWideDestructive()) {
            out.append(ansi.red(ansi.bold("Warning: " + DestructiveWarning.headline(action))))
                    .append("\n");
            DestructiveWarning.lines(action)
                    .forEach(line -> out.append("  ").append(line).append("\n"));
            out.append("\n");
        }
        if (!plan.notices().isEmpty()) {
            out.append(ansi.bold("Notices:")).append("\n");
            for (Plan.Notice notice : plan.notices()) {
                out.append("  ")
                        .append(ansi.yellow("!"))
                        .append(" ")
                        .append(notice.address())
                        .append(": ")
                        .append(NoticeText.message(notice))
                        .append("\n");
                out.append("    ").append(NoticeText.whatToDo(notice)).append("\n");
            }
            out.append("\n");
        }
        out.append(plan.empty() ? ansi.bold(NO_CHANGES) : ansi.bold(Summary.line(plan)))
                .append("\n");
        return TerminalText.escaped(out.toString(), colour);
    }

    private static void appendAction(StringBuilder out, Action action, Ansi ansi) {
        String symbol = pad(action.kind().symbol(), 2);
        out.append(" ")
                .append(ansi.kind(action.kind(), symbol + " " + action.kind().verb()))
                .append(" ")
                .append(ansi.bold(action.address()))
                .append("\n");
        out.append("      # ").append(ReasonText.of(action)).append("\n");
        List<Action.Change> changes = action.changes();
        if (action instanceof Action.PutSchema schema && !schema.schemaChanges().isEmpty()) {
            // CredentialData as before, then the schema's own words (SchemaText); the generic lines are the JSON's
            changes = changes.subList(0, changes.size() - schema.schemaChanges().size());
        }
        int width = changes.stream().mapToInt(c -> c.attribute().length()).max().orElse(0);
        for (Action.Change change : changes) {
            out.append("      ").append(changeLine(change, width, ansi)).append("\n");
        }
        if (action instanceof Action.PutSchema schema) {
            for (String line : SchemaText.lines(schema)) {
                out.append("      ").append(coloured(line, ansi)).append("\n");
            }
        }
    }

    private static String changeLine(Action.Change change, int width, Ansi ansi) {
        String name = change.attribute() + " ".repeat(width - change.attribute().length());
        if (change.before() == null) {
            return ansi.kind(Action.Kind.CREATE, "+") + " " + name + " = " + Values.shown(change.shownAfter());
        }
        if (change.after() == null) {
            return ansi.kind(Action.Kind.DELETE, "-") + " " + name + " = " + Values.shown(change.shownBefore());
        }
        return ansi.kind(Action.Kind.UPDATE, "~") + " " + name + " = " + Values.shown(change.shownBefore()) + " -> "
                + Values.shown(change.shownAfter());
    }

    /** A schema line with its leading symbol coloured as the change kind it stands for. */
    private static String coloured(String line, Ansi ansi) {
        String trimmed = line.stripLeading();
        String indent = line.substring(0, line.length() - trimmed.length());
        Action.Kind kind = switch (trimmed.isEmpty() ? ' ' : trimmed.charAt(0)) {
            case '+' -> Action.Kind.CREATE;
            case '-' -> Action.Kind.DELETE;
            case '~' -> Action.Kind.UPDATE;
            default -> null;
        };
        if (kind == null) {
            return trimmed.startsWith("!") ? indent + ansi.yellow("!") + trimmed.substring(1) : line;
        }
        return indent + ansi.kind(kind, trimmed.substring(0, 1)) + trimmed.substring(1);
    }

    private static String pad(String symbol, int width) {
        return " ".repeat(Math.max(0, width - symbol.length())) + symbol;
    }
}
