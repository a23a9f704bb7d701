package io.github.cloudsync.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that act on one job of a profile's configuration (allow-deletes, restart). */
final class JobCommandOptions {
    @Option(
            names = {"-p", "--profile"},
            required = true,
            paramLabel = "PROFILE",
            description = "The profile file.")
    Path profile;

    @Option(
            names = "--job",
            paramLabel = "TEMPLATE",
            defaultValue = "AD2AADProvisioning",
            description = "The job's template (default ${DEFAULT-VALUE}).")
    String job;

    @Option(names = "--auto-approve", description = "Do not ask (required when stdin is not a terminal).")
    boolean autoApprove;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Mixin
    JsonOptions json;

    @Mixin
    GraphOptions graphOptions;
}
