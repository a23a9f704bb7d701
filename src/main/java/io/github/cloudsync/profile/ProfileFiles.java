package io.github.cloudsync.profile;

import io.github.cloudsync.model.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into profile files: a directory stands for its *.yaml and *.yml entries, sorted. Every
 * entry so named that is not a directory is kept, a dangling link or a FIFO included, so that loading it reports the
 * problem instead of skipping it silently.
 */
public final class ProfileFiles {
    private ProfileFiles() {}

    /**
     * Each file as given, each directory replaced by its profile files (not recursive, sorted by name), each file once.
     * A path that does not exist, or a folder with no profiles, is kept so that loading it reports the problem.
     */
    public static List<Path> expand(List<Path> arguments) {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path argument : arguments) {
            List<Path> inFolder = Files.isDirectory(argument) ? profilesIn(argument) : List.of();
            for (Path file : inFolder.isEmpty() ? List.of(argument) : inFolder) {
                files.putIfAbsent(file.toAbsolutePath().normalize(), file);
            }
        }
        return List.copyOf(files.values());
    }

    private static List<Path> profilesIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> !Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            String problem = directory + ": cannot list the directory: " + e.getMessage();
            throw ProfileException.unlistable(directory.toString(), problem);
        }
    }
}
