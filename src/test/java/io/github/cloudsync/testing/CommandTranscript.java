package io.github.cloudsync.testing;

import io.github.cloudsync.cli.CliRun;
import java.nio.file.Path;

/**
 * The golden transcript of one command: {@code $ cloudsync COMMAND}, the exit code, stdout and stderr (the format
 * JsonGoldenTest reads back), with the test's folder, times and every id but the emulator's tenant made stable.
 */
public final class CommandTranscript {
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private CommandTranscript() {}

    /** Compares the transcript of {@code result}, run as {@code command} in {@code dir}, with {@code golden}. */
    public static void check(Path golden, Path dir, String command, CliRun.Result result) {
        GoldenFile.check(golden, stable(text(command, result), dir));
    }

    /** The transcript as the command printed it, before anything is made stable. */
    public static String text(String command, CliRun.Result result) {
        return "$ cloudsync " + command + "\nexit code: " + result.exitCode() + "\n--- stdout\n" + result.out()
                + "--- stderr\n" + result.err();
    }

    private static String stable(String text, Path dir) {
        return text.replace(dir.toString() + "/", "")
                .replace(dir.toString(), ".")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll("(?!" + EmulatorFixture.TENANT + ")" + ID, "<id>");
    }
}
