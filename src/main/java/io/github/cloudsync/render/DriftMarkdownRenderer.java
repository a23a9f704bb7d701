package io.github.cloudsync.render;

import io.github.cloudsync.plan.Plan;

/**
 * Renders a drift report as Markdown (a CI job summary or an issue): the summary, a table of profiles and results, each
 * drifted profile's plan as {@code plan --markdown} renders it in a collapsible block, and each error.
 */
public final class DriftMarkdownRenderer {
    public static final String TITLE = "cloudsync drift";

    private DriftMarkdownRenderer() {}

    public static String render(DriftReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## ")
                .append(TITLE)
                .append("\n\n**")
                .append(report.summaryLine())
                .append("**\n");
        if (report.entries().isEmpty()) {
            return TerminalText.escaped(out.toString());
        }
        out.append("\n| Profile | File | Result |\n|---|---|---|\n");
        for (DriftReport.Entry entry : report.entries()) {
            String result = (entry.result() == DriftReport.Result.IN_SYNC
                            ? entry.result().words()
                            : "**" + entry.result().words() + "**")
                    + entry.quarantinedWords().map(q -> ", **" + q + "**").orElse("");
            out.append("| ")
                    .append(cell(entry.name().orElse("")))
                    .append(" | `")
                    .append(cell(entry.file()))
                    .append("` | ")
                    .append(result)
                    .append(" |\n");
        }
        for (DriftReport.Entry entry : report.entries()) {
            if (entry.result() == DriftReport.Result.DRIFTED) {
                out.append("\n<details><summary>")
                        .append(html(entry.label()))
                        .append(": drifted</summary>\n\n")
                        .append(MarkdownRenderer.render(entry.plan().orElseThrow(), DriftReport.CAPTION))
                        .append("\nTo revert it, run `cloudsync apply -p ")
                        .append(entry.file())
                        .append("`.\n")
                        .append("\n</details>\n");
            }
        }
        for (DriftReport.Entry entry : report.entries()) {
            if (entry.result() != DriftReport.Result.IN_SYNC) {
                continue;
            }
            for (Plan.Notice notice : entry.plan().orElseThrow().notices()) {
                if (notice.address().startsWith("job/")) {
                    out.append("\n> [!WARNING]\n> **")
                            .append(entry.label())
                            .append("** `")
                            .append(notice.address())
                            .append("`: ")
                            .append(NoticeText.message(notice))
                            .append("\n> ")
                            .append(NoticeText.whatToDo(notice))
                            .append("\n");
                }
            }
        }
        for (DriftReport.Entry entry : report.entries()) {
            entry.failure().ifPresent(failure -> {
                out.append("\n> [!CAUTION]\n> **")
                        .append(entry.label())
                        .append("**: ")
                        .append(failure.message().replace("\n", " "))
                        .append("\n");
                failure.details().stream()
                        .flatMap(d -> d.lines().map(String::strip))
                        .forEach(d ->
                                out.append("> - `").append(d.replace("`", "'")).append("`\n"));
                if (!failure.whatToDo().isEmpty()) {
                    out.append("> ").append(failure.whatToDo()).append("\n");
                }
            });
        }
        return TerminalText.escaped(out.toString());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
