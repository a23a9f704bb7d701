package io.github.cloudsync.cli;

import io.github.cloudsync.graph.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;

/**
 * What a command may know of the world it runs in besides its arguments: the environment, standard input, whether a
 * person types on stdin ({@code interactive}: prompts), whether stdout may be coloured ({@code colourOut}: picocli's
 * {@link Ansi#AUTO}, so {@code NO_COLOR} and {@code CLICOLOR_FORCE} count) and whether stderr is a terminal
 * ({@code progressErr}: progress lines). Each is its own stream's question, so {@code apply | tee log} still asks at a
 * terminal. It also holds the time (the clock, and the sleeper Graph retries wait on). Tests pass their own (a virtual
 * clock makes retry waits free); {@link #system()} is the real one.
 */
public record Terminal(
        Map<String, String> environment,
        BufferedReader input,
        boolean interactive,
        boolean colourOut,
        boolean progressErr,
        InstantSource clock,
        Sleeper sleeper) {
    public Terminal {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** On the system clock, waiting for real. */
    public Terminal(
            Map<String, String> environment,
            BufferedReader input,
            boolean interactive,
            boolean colourOut,
            boolean progressErr) {
        this(environment, input, interactive, colourOut, progressErr, InstantSource.system(), Sleeper.system());
    }

    /** All three streams at a terminal or none: colour unless {@code NO_COLOR} is set; on the system clock. */
    public Terminal(Map<String, String> environment, BufferedReader input, boolean interactive) {
        this(environment, input, interactive, InstantSource.system(), Sleeper.system());
    }

    /** As above, on this clock and sleeper. */
    public Terminal(
            Map<String, String> environment,
            BufferedReader input,
            boolean interactive,
            InstantSource clock,
            Sleeper sleeper) {
        this(
                environment,
                input,
                interactive,
                interactive && !environment.containsKey("NO_COLOR"),
                interactive,
                clock,
                sleeper);
    }

    /** The same terminal with another clock and sleeper (tests: a virtual clock shared with the emulator). */
    public Terminal withTime(InstantSource newClock, Sleeper newSleeper) {
        return new Terminal(environment, input, interactive, colourOut, progressErr, newClock, newSleeper);
    }

    /** The process's environment and stdin; each stream asked on its own. */
    public static Terminal system() {
        return new Terminal(
                System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())),
                isTerminal(0),
                Ansi.AUTO.enabled(),
                isTerminal(2));
    }

    /** A terminal with no person at it: nothing to read, no colour, no progress. */
    public static Terminal batch(Map<String, String> environment) {
        return new Terminal(environment, new BufferedReader(new java.io.StringReader("")), false);
    }

    /** Colour on stdout as picocli's {@link Ansi#AUTO} decides, never with {@code --no-color} given. */
    public boolean colour(boolean noColorFlag) {
        return colourOut && !noColorFlag;
    }

    /** Whether progress may be drawn on stderr. */
    public boolean progress() {
        return progressErr;
    }

    /** One line from stdin, or null at its end. */
    public String readLine() {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether file descriptor {@code fd} is a terminal: on Linux what {@code /proc/self/fd} links it to (a tty or pts
     * device); elsewhere Java 17 can only say whether stdin and stdout both are (a console is attached).
     */
    @SuppressWarnings("SystemConsoleNull") // on Java 17 to 21, console() is null exactly when no terminal is attached
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
