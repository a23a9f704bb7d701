package io.github.cloudsync.graph;

import io.github.cloudsync.model.UsageException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Tokens from the Azure CLI a person signed in to ({@code az login}): {@code az account get-access-token} for the
 * profile's tenant and the Graph resource of its cloud, run as a process with the run's environment, and kept until
 * five minutes before they expire. Problems become advice: install az, {@code az login --tenant}, {@code az cloud set}.
 */
final class AzureCliTokenProvider implements TokenProvider {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final Path az;
    private final Map<String, String> environment;
    private final AzureCliCommand command;
    private final InstantSource clock;
    private AzureCliAnswer cached;

    AzureCliTokenProvider(Path az, Map<String, String> environment, AzureCliCommand command, InstantSource clock) {
        this.az = az;
        this.environment = Map.copyOf(environment);
        this.command = command;
        this.clock = clock;
    }

    /** The {@code az} (or {@code az.cmd}) executable on the environment's {@code PATH}, if there is one. */
    static Optional<Path> find(Map<String, String> environment) {
        String path = environment.get(AuthEnvironment.PATH);
        if (!AuthEnvironment.present(path)) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("az", "az.cmd")) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (cached != null
                && cached.expiresOn().map(e -> now.isBefore(e.minus(EARLY))).orElse(false)) {
            return cached.accessToken();
        }
        cached = run();
        return cached.accessToken();
    }

    private AzureCliAnswer run() {
        List<String> arguments = new ArrayList<>(List.of(az.toString()));
        arguments.addAll(command.arguments());
        ProcessBuilder builder = new ProcessBuilder(arguments);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UsageException(
                    "cannot run the Azure CLI at " + az + " (" + e.getClass().getSimpleName() + ")",
                    "check that az works in this shell: az version");
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        try {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw command.failure("az did not answer within " + TIMEOUT.toSeconds() + " s");
            }
            String stdout = out.get();
            String stderr = err.get();
            if (process.exitValue() != 0) {
                throw command.failure(process.exitValue(), stderr);
            }
            return AzureCliAnswer.parse(stdout, ZoneId.systemDefault())
                    .orElseThrow(() -> command.failure("az printed no accessToken"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw command.failure("interrupted while waiting for az");
        } catch (IOException | ExecutionException e) {
            throw command.failure("reading az's answer failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "AzureCliTokenProvider[" + az + "]";
    }
}
