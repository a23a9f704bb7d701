package io.github.cloudsync.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads at most a given number of bytes from a regular file (a symbolic link to one is fine). A FIFO, a device, a
 * socket, a directory, a dangling or looping link, or a file over the cap is refused before it is read, so no read can
 * block forever or run out of memory. The check and the open are two steps; a file swapped in between is still read
 * with the cap.
 */
public final class BoundedRead {
    private BoundedRead() {}

    /** The file's bytes, or why they were not read: what happened, and what to do; {@code tooLarge} says it was the cap. */
    public record Outcome(Optional<byte[]> bytes, boolean tooLarge, String refusal, String hint) {
        static Outcome read(byte[] bytes) {
            return new Outcome(Optional.of(bytes), false, "", "");
        }

        static Outcome refused(String refusal, String hint) {
            return new Outcome(Optional.empty(), false, refusal, hint);
        }
    }

    /** At most {@code maxBytes} bytes of {@code path}; {@code what} names the file in the hint (e.g. "a profile"). */
    public static Outcome read(Path path, long maxBytes, String what) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path)
                    ? Outcome.refused(
                            "is a symbolic link to " + target(path) + ", which does not exist",
                            "fix or remove the link")
                    : Outcome.refused("no such file", "check the path");
        } catch (AccessDeniedException e) {
            return Outcome.refused("permission denied", "check the file's permissions");
        } catch (FileSystemException e) {
            return Files.isSymbolicLink(path)
                    ? Outcome.refused("is a symbolic link that loops or cannot be followed", "fix or remove the link")
                    : Outcome.refused("cannot be read (" + e.getClass().getSimpleName() + ")", "check the path");
        } catch (IOException e) {
            return Outcome.refused("cannot be read (" + e.getClass().getSimpleName() + ")", "check the path");
        }
        if (attributes.isDirectory()) {
            return Outcome.refused("is a directory", "pass " + what + " file");
        }
        if (!attributes.isRegularFile()) {
            return Outcome.refused(
                    "is not a regular file (a FIFO, device or socket); refused so that reading it cannot hang",
                    "pass " + what + " file");
        }
        if (attributes.size() > maxBytes) {
            return tooLarge(maxBytes, what);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
            return bytes.length > maxBytes ? tooLarge(maxBytes, what) : Outcome.read(bytes);
        } catch (AccessDeniedException e) {
            return Outcome.refused("permission denied", "check the file's permissions");
        } catch (IOException e) {
            return Outcome.refused("cannot be read (" + e.getClass().getSimpleName() + ")", "check the path");
        }
    }

    private static Outcome tooLarge(long maxBytes, String what) {
        return new Outcome(
                Optional.empty(),
                true,
                "is larger than " + size(maxBytes) + " (" + maxBytes + " bytes); refused",
                "is this " + what + "? check the path");
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }
}
