package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync restart`: Restart a job with a reset scope, after confirmation. */
@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = "Restart a job with a reset scope, after confirmation.")
final class RestartCommand extends NotImplemented {}
