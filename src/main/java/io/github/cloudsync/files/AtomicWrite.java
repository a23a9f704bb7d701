package io.github.cloudsync.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes a whole file or nothing: the bytes go to a new temporary file in the same folder (readable by the owner only,
 * 0600 on POSIX), are forced to disk, and are moved over the target atomically. An existing target that is a symbolic
 * link, or anything but a regular file, is refused, so cloudsync never writes through a link; the move replaces the
 * entry itself, so a link swapped in after the check is replaced, not followed.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** Writes {@code content} to {@code target}; an {@link IOException} says why not (the target is then unchanged). */
    public static void write(Path target, byte[] content) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new FileAlreadyExistsException(
                    target.toString(), null, "is a symbolic link; cloudsync does not write through links");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a regular file");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly(folder));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        List<FileAttribute<?>> attributes = posix
                ? List.of(PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : List.of();
        return attributes.toArray(new FileAttribute<?>[0]);
    }
}
