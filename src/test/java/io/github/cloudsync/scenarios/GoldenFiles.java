package io.github.cloudsync.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a scenario's outputs with the golden files in its folder byte for byte, or writes them when the system
 * property {@code golden.update} is {@code true} (as {@code make golden} sets it).
 */
final class GoldenFiles {
    static final Set<String> INPUTS =
            Set.of("profile.yaml", "state.json", "changed-state.json", OutsideChanges.FILE, OutsideChanges.SEED_FILE);

    private GoldenFiles() {}

    static boolean updating() {
        return GoldenFile.updating();
    }

    static void check(Path folder, Map<String, String> outputs) {
        try {
            if (updating()) {
                for (String stale : goldenNames(folder)) {
                    if (!outputs.containsKey(stale)) {
                        Files.delete(folder.resolve(stale));
                    }
                }
                // a new scenario's files are written before the list of them is compared
                outputs.forEach((name, output) -> GoldenFile.check(folder.resolve(name), output));
            }
            // when updating, the files are written first, so a new scenario folder needs no golden files to start
            outputs.forEach((name, output) -> GoldenFile.check(folder.resolve(name), output));
            assertThat(goldenNames(folder))
                    .as(folder + ": golden files (regenerate with make golden)")
                    .containsExactlyInAnyOrderElementsOf(outputs.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> goldenNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString())
                    .filter(n -> !INPUTS.contains(n))
                    .forEach(names::add);
            return names;
        }
    }
}
