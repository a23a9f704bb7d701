package io.github.cloudsync.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs cloudsync in-process with captured streams, a fixed environment and optional stdin. */
public final class CliRun {
    /** What one command printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    private final Map<String, String> environment;

    public CliRun(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Runs without a terminal (no colour, no prompts). */
    public Result run(String... args) {
        return run(new Terminal(environment, new BufferedReader(new StringReader("")), false), args);
    }

    /** Runs as if a person at a terminal typed {@code stdin}. */
    public Result runInteractive(String stdin, String... args) {
        return run(new Terminal(environment, new BufferedReader(new StringReader(stdin)), true), args);
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
