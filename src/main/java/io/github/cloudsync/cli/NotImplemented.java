package io.github.cloudsync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of a command whose feature is not built yet: it says so and exits 1, never faking output. */
abstract class NotImplemented implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudsync " + spec.name() + ": not implemented yet");
        return ExitCodes.ERROR;
    }
}
