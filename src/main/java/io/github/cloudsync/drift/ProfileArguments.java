package io.github.cloudsync.drift;

import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.profile.ProfileFiles;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.FailureText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile files drift's arguments stand for, each once (a folder stands for its YAML files), each with its shard
 * key, and an error entry for each folder that could not be listed.
 */
public record ProfileArguments(
        List<Listed> listed, List<DriftReport.Entry> unlisted, Optional<DriftReport.Share> share) {
    public ProfileArguments {
        listed = List.copyOf(listed);
        unlisted = List.copyOf(unlisted);
    }

    /**
     * Only {@code shard}'s share of the files (the folders that could not be listed stay: every shard reports them),
     * and what share it is.
     */
    public ProfileArguments dealt(Shard shard) {
        List<Listed> mine = shard.select(listed);
        return new ProfileArguments(
                mine,
                unlisted,
                Optional.of(new DriftReport.Share(shard.index(), shard.count(), mine.size(), listed.size())));
    }

    /**
     * One profile file and its shard key: its path relative to the folder it was found in, or the path as given for a
     * file named directly, with {@code /} between names whatever the platform, so that every machine keys it alike.
     */
    public record Listed(Path file, String key) {}

    /** The files, in the order given. */
    public List<Path> files() {
        return listed.stream().map(Listed::file).toList();
    }

    /** Expands every argument; the same file named twice (also through a folder) is checked once. */
    public static ProfileArguments expand(List<Path> arguments) {
        Map<Path, Listed> files = new LinkedHashMap<>();
        List<DriftReport.Entry> unlisted = new ArrayList<>();
        for (Path argument : arguments) {
            try {
                for (Path file : ProfileFiles.expand(List.of(argument))) {
                    Path key = Files.isDirectory(argument) ? argument.relativize(file) : file.normalize();
                    files.putIfAbsent(file.toAbsolutePath().normalize(), new Listed(file, slashed(key)));
                }
            } catch (ProfileException e) {
                unlisted.add(DriftReport.Entry.failed(
                        argument.toString(), null, null, FailureText.of(e).driftFailure()));
            }
        }
        return new ProfileArguments(List.copyOf(files.values()), unlisted, Optional.empty());
    }

    private static String slashed(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
