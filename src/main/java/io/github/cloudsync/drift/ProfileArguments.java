package io.github.cloudsync.drift;

import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.profile.ProfileFiles;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.FailureText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile files drift's arguments stand for, each once (a folder stands for its YAML files), and an error entry
 * for each folder that could not be listed.
 */
public record ProfileArguments(List<Path> files, List<DriftReport.Entry> unlisted) {
    public ProfileArguments {
        files = List.copyOf(files);
        unlisted = List.copyOf(unlisted);
    }

    /** Expands every argument; the same file named twice (also through a folder) is checked once. */
    public static ProfileArguments expand(List<Path> arguments) {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<DriftReport.Entry> unlisted = new ArrayList<>();
        for (Path argument : arguments) {
            try {
                ProfileFiles.expand(List.of(argument))
                        .forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } catch (ProfileException e) {
                unlisted.add(DriftReport.Entry.failed(
                        argument.toString(), null, null, FailureText.of(e).driftFailure()));
            }
        }
        return new ProfileArguments(List.copyOf(files.values()), unlisted);
    }
}
