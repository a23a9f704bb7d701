package io.github.cloudsync.cli;

import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.emulator.SecretsMode;
import io.github.cloudsync.model.UsageException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `cloudsync emulator`: runs the local Microsoft Graph emulator on 127.0.0.1 until SIGINT or SIGTERM. */
@Command(
        name = "emulator",
        mixinStandardHelpOptions = true,
        description = {
            "Run the local Microsoft Graph emulator on 127.0.0.1 (loopback only).",
            "Prints its base URL on the first line, then serves until interrupted. See docs/emulator.md."
        })
final class EmulatorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "Start from this state file (JSON, see docs/emulator.md).")
    Path state;

    @Option(
            names = "--secrets-mode",
            defaultValue = "merge",
            paramLabel = "merge|replace",
            description = "How a secrets PUT treats keys it does not send (default: ${DEFAULT-VALUE}).")
    String secretsMode;

    @Override
    public Integer call() throws InterruptedException {
        EmulatorOptions options = options();
        GraphEmulator emulator;
        try {
            emulator = GraphEmulator.start(options);
        } catch (UncheckedIOException e) {
            throw new UsageException(
                    "cannot listen on 127.0.0.1:" + port + " (" + e.getCause().getMessage() + ")",
                    "pick another --port, or --port 0 for a free one");
        } catch (IllegalArgumentException e) {
            throw new UsageException("the state file " + state + " is not usable: " + e.getMessage(), "fix the file");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            stopped.countDown();
                        },
                        "emulator-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(emulator.baseUri());
        out.flush();
        stopped.await();
        return 0;
    }

    private EmulatorOptions options() {
        if (port < 0 || port > 65535) {
            throw new UsageException(
                    "--port must be between 0 and 65535, not " + port, "pick a port, or --port 0 for a free one");
        }
        EmulatorOptions options = EmulatorOptions.defaults().withPort(port);
        try {
            options = options.withSecretsMode(SecretsMode.parse(secretsMode));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), "use --secrets-mode merge or --secrets-mode replace");
        }
        if (state != null) {
            if (!Files.isReadable(state)) {
                throw new UsageException("cannot read the state file " + state, "check the path given to --state");
            }
            options = options.withStateFile(state);
        }
        return options;
    }
}
