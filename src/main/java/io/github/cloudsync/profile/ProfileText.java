package io.github.cloudsync.profile;

import io.github.cloudsync.files.BoundedRead;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a profile's bytes and decodes them as strict UTF-8, refusing files over {@link #MAX_BYTES}. */
final class ProfileText {
    /** Profiles are a few hundred bytes; anything over 1 MiB is a mistake or an attack. */
    static final int MAX_BYTES = 1024 * 1024;

    private ProfileText() {}

    /** The file's bytes, or a problem when it is missing, unreadable, too large or not a regular file. */
    static Outcome<byte[]> read(String file, Path path) {
        BoundedRead.Outcome read = BoundedRead.read(path, MAX_BYTES, "a profile");
        if (read.bytes().isPresent()) {
            return Outcome.of(read.bytes().get());
        }
        if (read.tooLarge()) {
            return Outcome.failed(new Problem(
                    file,
                    1,
                    1,
                    "",
                    "the file is larger than 1 MiB (" + MAX_BYTES + " bytes); refused",
                    "a profile is a few hundred bytes: is this the right file?"));
        }
        if (Files.isDirectory(path)) {
            return Outcome.failed(new Problem(
                    file,
                    0,
                    0,
                    "",
                    "is a directory with no .yaml or .yml files",
                    "pass profile files or a folder of them"));
        }
        return Outcome.failed(new Problem(file, 0, 0, "", read.refusal(), read.hint()));
    }

    /** The bytes decoded as UTF-8 (a leading byte order mark dropped), or a problem at the first invalid byte. */
    static Outcome<String> decode(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Outcome.failed(new Problem(
                    file, 1, 1, "", "the text is larger than 1 MiB (" + MAX_BYTES + " bytes); refused", ""));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            Position at = positionOf(out.flip().toString());
            return Outcome.failed(new Problem(
                    file,
                    at.line(),
                    at.column(),
                    "",
                    String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xFF, offset),
                    "save the file as UTF-8 (profiles are read as UTF-8 only)"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Outcome.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Where the next character after {@code prefix} sits: 1-based line and column, counted in code points. */
    private static Position positionOf(String prefix) {
        int lastBreak = prefix.lastIndexOf('\n');
        int line = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
        String lastLine = prefix.substring(lastBreak + 1);
        return new Position(line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }

    /** A value, or the one problem that stopped it. */
    record Outcome<T>(Optional<T> value, Optional<Problem> problem) {
        static <T> Outcome<T> of(T value) {
            return new Outcome<>(Optional.of(value), Optional.empty());
        }

        static <T> Outcome<T> failed(Problem problem) {
            return new Outcome<>(Optional.empty(), Optional.of(problem));
        }
    }
}
