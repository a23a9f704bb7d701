package io.github.cloudsync.cli;

import io.github.cloudsync.render.DriftReport;
import java.io.PrintWriter;

/**
 * The one-line progress of a drift run on stderr, rewritten in place ({@code \r}) as profiles finish; only when stderr is
 * a terminal, so logs and pipes never see it (stdout may be piped or hold JSON meanwhile).
 */
final class ProgressLine {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int drifted;
    private int errors;
    private int width;

    ProgressLine(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    synchronized void finished(DriftReport.Entry entry) {
        done++;
        if (entry.result() == DriftReport.Result.DRIFTED) {
            drifted++;
        } else if (entry.result() == DriftReport.Result.ERROR) {
            errors++;
        }
        if (enabled) {
            String line = "drift: " + done + "/" + total + " checked, " + drifted + " drifted, " + errors
                    + (errors == 1 ? " error" : " errors");
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        }
    }

    /** Erases the line before the report is printed. */
    synchronized void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
