package io.github.cloudsync.diff.violation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Deliberately breaks the purity rule: a diff class that does I/O. Only the architecture test imports it. */
public final class DiffThatReadsAFile {
    public static boolean exists(String name) {
        return Files.exists(Path.of(name));
    }
}
