package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync allow-deletes`: Release deletes held by the accidental-delete threshold (restart with ForceDeletes). */
@Command(
        name = "allow-deletes",
        mixinStandardHelpOptions = true,
        description = "Release deletes held by the accidental-delete threshold (restart with ForceDeletes).")
final class AllowDeletesCommand extends NotImplemented {}
