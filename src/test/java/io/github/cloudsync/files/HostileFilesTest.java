package io.github.cloudsync.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudsync.cli.Main;
import io.github.cloudsync.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they claim, given to the CLI: a link to {@code .env}, dangling and looping links, a FIFO, a
 * device, a huge saved plan and a certificate path of {@code /dev/zero} are each refused with exit 1 and a message,
 * never read forever, never quoted.
 */
class HostileFilesTest {
    private static final String SECRET = "s3cr3t-value-never-shown";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), Terminal.batch(environment));
    }

    @Test
    void aProfileLinkedToADotEnvFileIsRefusedWithoutQuotingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "AZURE_CLIENT_SECRET=" + SECRET + "\n");
        Files.createSymbolicLink(dir.resolve("evil.yaml"), Path.of(".env"));

        assertThat(run(Map.of(), "validate", dir.resolve("evil.yaml").toString()))
                .isEqualTo(1);

        assertThat(err.toString())
                .contains("evil.yaml:1:1: the top of the file must be a mapping of keys, got a string")
                .doesNotContain(SECRET)
                .doesNotContain("AZURE_CLIENT_SECRET");
    }

    @Test
    void danglingAndLoopingLinksInAFolderAreErrorsNotSkipped(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("profiles", "minimal.yaml"), dir.resolve("a.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), Path.of("gone.yaml"));
        Files.createSymbolicLink(dir.resolve("c.yml"), Path.of("c.yml"));

        assertThat(run(Map.of(), "validate", dir.toString())).isEqualTo(1);

        assertThat(out.toString().lines()).containsExactly(dir.resolve("a.yaml") + ": valid");
        assertThat(err.toString())
                .contains(dir.resolve("b.yaml") + ": is a symbolic link to gone.yaml, which does not exist")
                .contains(dir.resolve("c.yml") + ": is a symbolic link that loops or cannot be followed");
    }

    @Test
    void aFifoInAFolderIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        assertThat(run(Map.of(), "validate", dir.toString())).isEqualTo(1);

        assertThat(err.toString()).contains(fifo + ": is not a regular file (a FIFO, device or socket)");
    }

    @Test
    void aDeviceGivenAsAProfileIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");

        assertThat(run(Map.of(), "validate", "/dev/zero")).isEqualTo(1);

        assertThat(err.toString()).contains("/dev/zero: is not a regular file");
    }

    @Test
    void aSavedPlanOverTheCapIsAClearErrorNotOutOfMemory(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("huge.plan.json");
        try (RandomAccessFile file = new RandomAccessFile(plan.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024);
        }

        assertThat(run(Map.of(), "show", plan.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("cannot read the saved plan " + plan + ": is larger than 16 MiB");
    }

    @Test
    void aCertificatePathOfDevZeroIsRefusedBeforeAnyRead() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
        Map<String, String> environment = Map.of(
                "AZURE_CLIENT_ID", "00000000-0000-0000-0000-000000000001",
                "AZURE_CLIENT_CERTIFICATE_PATH", "/dev/zero");

        int code = run(
                environment,
                "plan",
                "-p",
                "profiles/minimal.yaml",
                "--auth",
                "certificate",
                "--graph-url",
                "https://graph.invalid/");

        assertThat(err.toString()).contains("cannot read the client certificate /dev/zero: is not a regular file");
        assertThat(code).isNotZero();
    }
}
