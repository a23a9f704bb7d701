package io.github.cloudsync.cli;

import io.github.cloudsync.graph.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may know of the world it runs in besides its arguments: the environment, standard input, whether a
 * person is at a terminal, and the time (the clock, and the sleeper Graph retries wait on). Tests pass their own (a
 * virtual clock makes retry waits free); {@link #system()} is the real one.
 */
public record Terminal(
        Map<String, String> environment,
        BufferedReader input,
        boolean interactive,
        InstantSource clock,
        Sleeper sleeper) {
    public Terminal {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** On the system clock, waiting for real. */
    public Terminal(Map<String, String> environment, BufferedReader input, boolean interactive) {
        this(environment, input, interactive, InstantSource.system(), Sleeper.system());
    }

    /** The same terminal with another clock and sleeper (tests: a virtual clock shared with the emulator). */
    public Terminal withTime(InstantSource newClock, Sleeper newSleeper) {
        return new Terminal(environment, input, interactive, newClock, newSleeper);
    }

    /** The process's environment, stdin, and whether a console is attached. */
    @SuppressWarnings("SystemConsoleNull") // on Java 17 to 21, console() is null exactly when no terminal is attached
    public static Terminal system() {
        return new Terminal(
                System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())),
                System.console() != null);
    }

    /** A terminal with no person at it: nothing to read, no colour. */
    public static Terminal batch(Map<String, String> environment) {
        return new Terminal(environment, new BufferedReader(new java.io.StringReader("")), false);
    }

    /** Colour only on a terminal, never with {@code NO_COLOR} set or {@code --no-color} given. */
    public boolean colour(boolean noColorFlag) {
        return interactive && !noColorFlag && !environment.containsKey("NO_COLOR");
    }

    /** One line from stdin, or null at its end. */
    public String readLine() {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
