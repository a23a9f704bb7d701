package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync status`: Show the configuration's jobs: schedule, status, quarantine, last run. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the configuration's jobs: schedule, status, quarantine, last run.")
final class StatusCommand extends NotImplemented {}
