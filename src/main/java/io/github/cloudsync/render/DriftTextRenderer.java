package io.github.cloudsync.render;

import io.github.cloudsync.plan.Plan;

/**
 * Renders a drift report as text: one line per profile ({@code NAME (FILE): in sync | drifted | error}, then how many
 * of its jobs are quarantined); under a
 * drifted profile its plan as {@code plan} renders it, captioned "changed outside cloudsync"; under an error the
 * message and what to do; then the summary line.
 */
public final class DriftTextRenderer {
    private DriftTextRenderer() {}

    public static String render(DriftReport report, boolean colour) {
        Ansi ansi = new Ansi(colour);
        StringBuilder out = new StringBuilder();
        for (DriftReport.Entry entry : report.entries()) {
            out.append(entry.label());
            entry.name().ifPresent(n -> out.append(" (").append(entry.file()).append(")"));
            out.append(": ").append(result(entry.result(), ansi));
            entry.quarantinedWords().ifPresent(q -> out.append(", ").append(ansi.red(q)));
            out.append("\n");
            entry.warnings().forEach(w -> out.append("    Warning: ").append(w).append("\n"));
            if (entry.result() == DriftReport.Result.DRIFTED) {
                Plan plan = entry.plan().orElseThrow();
                indent(out, TextRenderer.render(plan, DriftReport.CAPTION + ":", colour));
                out.append("    To revert it, run: cloudsync apply -p ")
                        .append(entry.file())
                        .append("\n\n");
            } else if (entry.result() == DriftReport.Result.IN_SYNC) {
                // a job notice (e.g. a quarantine) needs a person even when nothing drifted; others stay in --json
                for (Plan.Notice notice : entry.plan().orElseThrow().notices()) {
                    if (!notice.address().startsWith("job/")) {
                        continue;
                    }
                    out.append("    ")
                            .append(ansi.yellow("!"))
                            .append(" ")
                            .append(notice.address())
                            .append(": ")
                            .append(NoticeText.message(notice))
                            .append("\n");
                    out.append("      ").append(NoticeText.whatToDo(notice)).append("\n");
                }
            }
            entry.failure().ifPresent(failure -> {
                failure.details().forEach(d -> indent(out, d + "\n"));
                out.append("    ").append(failure.message()).append("\n");
                if (!failure.whatToDo().isEmpty()) {
                    out.append("    what to do: ").append(failure.whatToDo()).append("\n");
                }
                out.append("\n");
            });
        }
        if (!report.entries().isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append("\n");
        }
        out.append(ansi.bold("Drift: " + report.summaryLine())).append("\n");
        return TerminalText.escaped(out.toString(), colour);
    }

    private static String result(DriftReport.Result result, Ansi ansi) {
        return switch (result) {
            case IN_SYNC -> ansi.green(result.words());
            case DRIFTED -> ansi.yellow(result.words());
            case ERROR -> ansi.red(result.words());
        };
    }

    private static void indent(StringBuilder out, String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("    ").append(line);
            }
            out.append("\n");
        }
        out.setLength(out.length() - 1);
    }
}
