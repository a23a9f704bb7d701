package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync validate`: Check profiles offline against the schema and semantic rules. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check profiles offline against the schema and semantic rules.")
final class ValidateCommand extends NotImplemented {}
