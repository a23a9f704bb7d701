package io.github.cloudsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one golden-file comparison of the tests: an output equals its golden file byte for byte, or, when the system
 * property {@code golden.update} is {@code true} (as {@code make golden} sets it), the golden file is written first.
 */
public final class GoldenFile {
    private GoldenFile() {}

    /** Whether this run rewrites golden files instead of only comparing them. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Writes {@code actual} to {@code golden} when updating, then asserts they are equal. */
    public static void check(Path golden, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file; regenerate with make golden").exists();
            assertThat(actual)
                    .as(golden + " (regenerate with make golden)")
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
