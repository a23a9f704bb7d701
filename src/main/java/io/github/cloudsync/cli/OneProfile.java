package io.github.cloudsync.cli;

import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.profile.ProfileFiles;
import io.github.cloudsync.profile.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The profile of {@code -p PROFILE}, where a folder is a usage error that counts its profiles and names the way out. */
final class OneProfile {
    private OneProfile() {}

    static Profile load(Path path, String command) {
        if (Files.isDirectory(path)) {
            List<Path> files = ProfileFiles.expand(List.of(path));
            throw new UsageException(
                    path + " is a folder of " + files.size() + (files.size() == 1 ? " profile" : " profiles") + "; "
                            + command + " -p takes one profile file",
                    (files.isEmpty() ? "name a profile file" : "name one, e.g. -p " + files.get(0))
                            + ", or check every profile in it with `cloudsync drift " + path + "`");
        }
        return ProfileLoader.load(path);
    }
}
