package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync apply`: Make the tenant match a profile or a saved plan. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = "Make the tenant match a profile or a saved plan.")
final class ApplyCommand extends NotImplemented {}
