package io.github.cloudsync.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * What a command may know of the world it runs in besides its arguments: the environment, standard input, and whether a
 * person is at a terminal. Tests pass their own; {@link #system()} is the real one.
 */
public record Terminal(Map<String, String> environment, BufferedReader input, boolean interactive) {
    public Terminal {
        environment = Map.copyOf(environment);
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
