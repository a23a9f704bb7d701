package io.github.cloudsync.cli;

import io.github.cloudsync.graph.HttpClientThreads;
import io.github.cloudsync.profile.ProfileLoader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cloudsync} root command and the process entry point. */
@Command(
        name = "cloudsync",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Microsoft Entra Cloud Sync configuration as code: validate, plan, apply, drift.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; no changes",
            "1:error",
            "2:changes present (plan --detailed-exitcode, drift)",
            "64:usage error"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  CLOUDSYNC_GRAPH_URL, CLOUDSYNC_GRAPH_VERSION, CLOUDSYNC_AUTH",
            "      defaults for --graph-url, --graph-version and --auth (the option wins)",
            "  CLOUDSYNC_GRAPH_MAX_BODY_MB, CLOUDSYNC_GRAPH_TIMEOUT, CLOUDSYNC_GRAPH_MAX_PAGES,",
            "  CLOUDSYNC_GRAPH_PAGING_TIMEOUT  limits on Graph's answers (32 MiB, 100 s, 200 pages, 600 s)",
            "  AZURE_TENANT_ID, AZURE_CLIENT_ID, ...  sign-in (docs/authentication.md)",
            "  NO_COLOR, CLICOLOR_FORCE  colour off / on even without a terminal (--no-color wins)"
        })
public final class Main {
    /**
     * The subcommands by their {@code @Command} name, in help order. picocli reflects over every command class it is
     * handed (annotations, every option's field and mixin): about 10 ms a command in a cold JVM, 100 ms for all of
     * them, so a run builds only the command it invokes.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    /**
     * The commands that read a profile before anything else: for them the profile loader is built on another thread
     * while picocli builds its model and parses the arguments (a hint for start-up only; a command left out here builds
     * the loader when it first needs it).
     */
    private static final Set<String> READ_A_PROFILE_FIRST =
            Set.of("validate", "plan", "apply", "status", "restart", "provision", "allow-deletes");

    /** No subcommand's name: {@link #commandLine(Terminal, String)} then builds the root command alone. */
    private static final String ROOT_ALONE = "";

    public static void main(String[] args) {
        if (args.length > 0 && READ_A_PROFILE_FIRST.contains(args[0])) {
            ProfileLoader.prepareInBackground();
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        Thread.setDefaultUncaughtExceptionHandler(Main::haltOnVirtualMachineError);
        int code;
        try {
            code = run(args, out, err, Terminal.system());
        } catch (VirtualMachineError e) {
            haltOnVirtualMachineError(Thread.currentThread(), e);
            return;
        }
        HttpClientThreads.stopBeforeExit(Duration.ofMillis(100));
        System.exit(code);
    }

    /**
     * After an {@link OutOfMemoryError} (or another {@link VirtualMachineError}) in any thread the process ends at once
     * with exit 1: a JVM short of memory may not even start the thread that runs SIGTERM's shutdown, and then it would
     * ignore SIGTERM. Nothing is allocated on the way out but the message's text.
     */
    private static void haltOnVirtualMachineError(Thread thread, Throwable e) {
        if (e instanceof VirtualMachineError) {
            System.err.println(
                    "cloudsync: the Java VM failed (" + e.getClass().getSimpleName() + " in " + thread.getName()
                            + "); stopping. Run again; if it persists, give Java more memory (CLOUDSYNC_JAVA_OPTS=-Xmx1g)");
            Runtime.getRuntime().halt(ExitCodes.ERROR);
        }
        // as the JVM's own last resort prints it (ThreadGroup.uncaughtException would call this handler again)
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace(System.err);
    }

    /** Runs one command line with the given streams and returns its exit code; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Terminal.batch(System.getenv()));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the given environment, stdin and terminal. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine cli = commandLine(terminal, invoked(args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setDefaultValueProvider(new EnvironmentDefaults(terminal.environment()));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.colour(false) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // picocli does not pass exitCodeOnInvalidInput down to subcommands: bad usage is 64 everywhere
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, every subcommand built: what help, completion and the examples' checks see. */
    public static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, null);
    }

    private static CommandLine commandLine(Terminal terminal, String only) {
        CommandFactory factory = new CommandFactory(terminal);
        CommandLine cli = new CommandLine(new Main(), factory);
        COMMANDS.forEach((name, type) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(new CommandLine(type, factory));
            }
        });
        if (only == null) {
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        return cli;
    }

    /** The names a run can build alone; each must be its command's {@code @Command} name. */
    static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /**
     * The subcommand the arguments name first, when it is one of ours; {@link #ROOT_ALONE} for {@code --version} alone
     * (the root's option: it prints without any subcommand); null (build them all) for help and other options.
     */
    private static String invoked(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return ROOT_ALONE;
        }
        return args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand.class);
        commands.put("plan", PlanCommand.class);
        commands.put("apply", ApplyCommand.class);
        commands.put("show", ShowCommand.class);
        commands.put("drift", DriftCommand.class);
        commands.put("drift-report", DriftReportCommand.class);
        commands.put("status", StatusCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("allow-deletes", AllowDeletesCommand.class);
        commands.put("restart", RestartCommand.class);
        commands.put("provision", ProvisionCommand.class);
        commands.put("emulator", EmulatorCommand.class);
        commands.put("version", VersionCommand.class);
        commands.put("completion", CompletionCommand.class);
        return commands;
    }
}
