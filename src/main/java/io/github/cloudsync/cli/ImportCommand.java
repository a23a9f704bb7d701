package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync import`: Write a profile from a live configuration. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Write a profile from a live configuration.")
final class ImportCommand extends NotImplemented {}
