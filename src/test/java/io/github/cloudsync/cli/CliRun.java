package io.github.cloudsync.cli;

import io.github.cloudsync.graph.Sleeper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs cloudsync in-process with captured streams, a fixed environment, optional stdin and an optional clock. */
public final class CliRun {
    /** What one command printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    private final Map<String, String> environment;
    private final InstantSource clock;
    private final Sleeper sleeper;

    public CliRun(Map<String, String> environment) {
        this(environment, InstantSource.system(), Sleeper.system());
    }

    /** Runs on {@code clock}, Graph retries waiting on {@code sleeper} (a virtual clock: they cost no wall time). */
    public CliRun(Map<String, String> environment, InstantSource clock, Sleeper sleeper) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Runs without a terminal (no colour, no prompts). */
    public Result run(String... args) {
        return run(new Terminal(environment, new BufferedReader(new StringReader("")), false, clock, sleeper), args);
    }

    /** Runs as if a person at a terminal typed {@code stdin}. */
    public Result runInteractive(String stdin, String... args) {
        return run(new Terminal(environment, new BufferedReader(new StringReader(stdin)), true, clock, sleeper), args);
    }

    private static Result run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code args} followed by the flags that point cloudsync at an emulator. */
    public static String[] against(String graphUrl, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--graph-url", graphUrl, "--auth", "none"));
        return all.toArray(String[]::new);
    }
}
