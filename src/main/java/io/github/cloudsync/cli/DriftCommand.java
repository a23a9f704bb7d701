package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync drift`: Report which profiles drifted from their tenants. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = "Report which profiles drifted from their tenants.")
final class DriftCommand extends NotImplemented {}
