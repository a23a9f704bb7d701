package io.github.cloudsync.cli;

import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.render.JsonRenderer;
import io.github.cloudsync.render.JsonText;
import io.github.cloudsync.render.MarkdownRenderer;
import io.github.cloudsync.render.TextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How a command prints a plan: text (default; colour on a terminal only), {@code --json} or {@code --markdown}. */
final class OutputOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format = new Format();

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    /** The mutually exclusive format flags. */
    static final class Format {
        @Option(names = "--json", description = "Machine-readable JSON (schemas/plan.v1.schema.json).")
        boolean json;

        @Option(names = "--json-lines", description = "The same JSON on one line, for log collectors.")
        boolean jsonLines;

        @Option(names = "--markdown", description = "Markdown, for a pull-request comment.")
        boolean markdown;
    }

    /** The plan under each format's default caption. */
    String render(Plan plan, Terminal terminal) {
        return render(plan, null, terminal);
    }

    /** The plan under {@code caption} (null: each format's default), as drift reuses it. */
    String render(Plan plan, String caption, Terminal terminal) {
        if (json()) {
            return JsonText.of(
                    JsonRenderer.tree(plan, caption == null ? JsonRenderer.DEFAULT_CAPTION : caption),
                    format.jsonLines);
        }
        if (format != null && format.markdown) {
            return MarkdownRenderer.render(plan, caption == null ? MarkdownRenderer.DEFAULT_CAPTION : caption);
        }
        return TextRenderer.render(plan, caption == null ? TextRenderer.DEFAULT_CAPTION : caption, colour(terminal));
    }

    /** {@code --json} or {@code --json-lines}: stdout holds only the document. */
    boolean json() {
        return format != null && (format.json || format.jsonLines);
    }

    boolean markdown() {
        return format != null && format.markdown;
    }

    boolean colour(Terminal terminal) {
        return terminal.colour(noColor);
    }
}
