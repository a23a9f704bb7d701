package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync emulator`: Run the local Microsoft Graph emulator on 127.0.0.1. */
@Command(
        name = "emulator",
        mixinStandardHelpOptions = true,
        description = "Run the local Microsoft Graph emulator on 127.0.0.1.")
final class EmulatorCommand extends NotImplemented {}
