package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.read.ConfigurationRead;
import io.github.cloudsync.render.StatusTextRenderer;
import java.io.PrintWriter;

/** The end of allow-deletes and restart: ask, restart the job with a reset scope, then show the job as Graph has it. */
final class JobRestart {
    private final Terminal terminal;
    private final PrintWriter out;
    private final boolean colour;

    JobRestart(Terminal terminal, PrintWriter out, boolean colour) {
        this.terminal = terminal;
        this.out = out;
        this.colour = colour;
    }

    int confirmAndRestart(
            ConfigurationRead read,
            Job job,
            String resetScope,
            boolean autoApprove,
            String what,
            String command,
            GraphSession graph) {
        if (!Confirmation.ask(terminal, out, autoApprove, what, command)) {
            out.println(command + " cancelled; nothing was changed.");
            out.flush();
            return ExitCodes.ERROR;
        }
        graph.writer().restartJob(read.servicePrincipal().id(), job.id(), resetScope);
        out.println("Restarted " + job.templateName() + " (" + job.id() + ") with resetScope " + resetScope + ".");
        graph.reader().jobs(read.servicePrincipal().id()).stream()
                .filter(j -> j.id().equals(job.id()))
                .findFirst()
                .ifPresent(now -> out.print("\nNow:\n" + StatusTextRenderer.job(now, colour)));
        out.flush();
        return ExitCodes.OK;
    }
}
