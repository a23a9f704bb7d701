package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.read.ConfigurationRead;
import io.github.cloudsync.render.RestartJsonRenderer;
import io.github.cloudsync.render.StatusTextRenderer;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The end of allow-deletes and restart: ask, restart the job with a reset scope, then show the job as Graph has it; as
 * text on {@code text} (stderr under --json), and under --json the restart document on {@code out}.
 */
final class JobRestart {
    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter text;
    private final boolean colour;
    private final JsonOptions json;

    JobRestart(Terminal terminal, PrintWriter out, PrintWriter text, boolean colour, JsonOptions json) {
        this.terminal = terminal;
        this.out = out;
        this.text = text;
        this.colour = colour;
        this.json = json;
    }

    /** What the command asks and does. */
    record Request(
            ConfigurationRead read,
            Job job,
            String resetScope,
            boolean autoApprove,
            String what,
            String command,
            Optional<RestartJsonRenderer.Thresholds> thresholds) {}

    int confirmAndRestart(Request request, GraphSession graph) {
        Job job = request.job();
        if (!Confirmation.ask(terminal, text, request.autoApprove(), request.what(), request.command())) {
            text.println(request.command() + " cancelled; nothing was changed.");
            text.flush();
            document(request, false, Optional.empty());
            return ExitCodes.ERROR;
        }
        ConfigurationRead read = request.read();
        graph.writer().restartJob(read.servicePrincipal().id(), job.id(), request.resetScope());
        text.println("Restarted " + job.templateName() + " (" + job.id() + ") with resetScope " + request.resetScope()
                + ".");
        Optional<Job> now = graph.reader().jobs(read.servicePrincipal().id()).stream()
                .filter(j -> j.id().equals(job.id()))
                .findFirst();
        now.ifPresent(j -> text.print("\nNow:\n" + StatusTextRenderer.job(j, colour)));
        text.flush();
        document(request, true, now);
        return ExitCodes.OK;
    }

    private void document(Request request, boolean restarted, Optional<Job> after) {
        if (json.any()) {
            ConfigurationRead read = request.read();
            json.print(
                    out,
                    RestartJsonRenderer.tree(
                            request.command(),
                            read.profileArgument(),
                            read.profile().tenant().id(),
                            request.resetScope(),
                            request.job(),
                            restarted,
                            after,
                            request.thresholds()));
        }
    }
}
