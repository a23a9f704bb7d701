package io.github.cloudsync.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link GraphEmulator}.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param secretsMode how secrets PUT behaves (merge by default)
 * @param initialState a state document (docs/emulator.md) to start from, or null for the default tenant
 * @param clock the clock for timestamps, versions and time windows
 */
public record EmulatorOptions(int port, SecretsMode secretsMode, String initialState, Clock clock) {
    public EmulatorOptions {
        Objects.requireNonNull(secretsMode, "secretsMode");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
    }

    /** A free port, merge mode, the default tenant, the system clock. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, SecretsMode.MERGE, null, Clock.systemUTC());
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, secretsMode, initialState, clock);
    }

    public EmulatorOptions withSecretsMode(SecretsMode mode) {
        return new EmulatorOptions(port, mode, initialState, clock);
    }

    /** Starts from a state document given as JSON text. */
    public EmulatorOptions withState(String stateJson) {
        return new EmulatorOptions(port, secretsMode, stateJson, clock);
    }

    /** Starts from a state file (UTF-8 JSON). */
    public EmulatorOptions withStateFile(Path file) {
        try {
            return withState(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read emulator state " + file, e);
        }
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, secretsMode, initialState, newClock);
    }
}
