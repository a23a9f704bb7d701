package io.github.cloudsync.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cloudsync} root command and the process entry point. */
@Command(
        name = "cloudsync",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Microsoft Entra Cloud Sync configuration as code: validate, plan, apply, drift.",
        subcommands = {
            ValidateCommand.class,
            PlanCommand.class,
            ApplyCommand.class,
            ShowCommand.class,
            DriftCommand.class,
            StatusCommand.class,
            ImportCommand.class,
            AllowDeletesCommand.class,
            RestartCommand.class,
            EmulatorCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; no changes",
            "1:error",
            "2:changes present (plan --detailed-exitcode, drift)",
            "64:usage error"
        })
public final class Main {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err, Terminal.system()));
    }

    /** Runs one command line with the given streams and returns its exit code; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Terminal.batch(System.getenv()));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the given environment, stdin and terminal. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        // picocli does not pass exitCodeOnInvalidInput down to subcommands: bad usage is 64 everywhere
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
