package io.github.cloudsync.render;

import tools.jackson.databind.JsonNode;

/**
 * Renders merged drift reports as text, from the shards' JSON: a line naming the reports, one line per profile as
 * {@code drift} writes it, under an in-sync one its job notices, under a drifted profile its plan's actions ({@code SYMBOL ADDRESS: REASON}) and the command
 * that reverts them, under an error its details, message and what to do; then the merge problems and the summary line.
 */
public final class MergedDriftTextRenderer {
    private MergedDriftTextRenderer() {}

    public static String render(MergedDriftReport report, boolean colour) {
        Ansi ansi = new Ansi(colour);
        StringBuilder out = new StringBuilder();
        int n = report.reports().size();
        out.append("Merged ").append(n).append(n == 1 ? " drift report" : " drift reports");
        report.shards().ifPresent(s -> out.append(" (shards of ").append(s).append(")"));
        out.append(".\n\n");
        for (JsonNode entry : report.profiles()) {
            String file = entry.path("file").asString("");
            String result = entry.path("result").asString("");
            out.append(entry.path("name").isString() ? entry.path("name").asString() + " (" + file + ")" : file);
            out.append(": ").append(words(result, ansi));
            int quarantined = entry.path("quarantined_jobs").size();
            if (quarantined > 0) {
                out.append(", ").append(ansi.red(quarantined + (quarantined == 1 ? " job" : " jobs") + " quarantined"));
            }
            out.append("\n");
            entry.path("warnings")
                    .forEach(w ->
                            out.append("    Warning: ").append(w.asString()).append("\n"));
            if (result.equals(DriftReport.Result.DRIFTED.key())) {
                out.append("    ").append(DriftReport.CAPTION).append(":\n");
                for (JsonNode action : entry.at("/plan/actions")) {
                    out.append("      ")
                            .append(action.path("symbol").asString())
                            .append(" ")
                            .append(action.path("address").asString())
                            .append(": ")
                            .append(action.path("reason").asString())
                            .append("\n");
                }
                out.append("    To revert it, run: cloudsync apply -p ")
                        .append(file)
                        .append("\n\n");
            }
            if (result.equals(DriftReport.Result.IN_SYNC.key())) {
                // as drift: a job notice (e.g. a quarantine) needs a person even when nothing drifted
                for (JsonNode notice : entry.at("/plan/notices")) {
                    if (notice.path("address").asString("").startsWith("job/")) {
                        out.append("    ")
                                .append(ansi.yellow("!"))
                                .append(" ")
                                .append(notice.path("address").asString())
                                .append(": ")
                                .append(notice.path("message").asString())
                                .append("\n      ")
                                .append(notice.path("what_to_do").asString())
                                .append("\n");
                    }
                }
            }
            JsonNode error = entry.path("error");
            if (error.isObject()) {
                error.path("details").forEach(d -> indent(out, d.asString()));
                out.append("    ").append(error.path("message").asString()).append("\n");
                if (!error.path("what_to_do").asString("").isEmpty()) {
                    out.append("    what to do: ")
                            .append(error.path("what_to_do").asString())
                            .append("\n");
                }
                out.append("\n");
            }
        }
        if (!report.profiles().isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append("\n");
        }
        report.problems()
                .forEach(p -> out.append(ansi.red("Merge problem: ")).append(p).append("\n"));
        if (!report.problems().isEmpty()) {
            out.append("\n");
        }
        out.append(ansi.bold("Drift: " + report.summaryLine())).append("\n");
        return out.toString();
    }

    private static void indent(StringBuilder out, String text) {
        for (String line : text.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "    " + line).append("\n");
        }
    }

    private static String words(String key, Ansi ansi) {
        return switch (key) {
            case "in_sync" -> ansi.green(DriftReport.Result.IN_SYNC.words());
            case "drifted" -> ansi.yellow(DriftReport.Result.DRIFTED.words());
            default -> ansi.red(DriftReport.Result.ERROR.words());
        };
    }
}
