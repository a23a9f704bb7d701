package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync show`: Render a saved plan. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Render a saved plan.")
final class ShowCommand extends NotImplemented {}
