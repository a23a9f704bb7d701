package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import of a display name with CR, LF and tab writes a profile that reads back to the same name and injects no line;
 * import --out and plan --out write atomically, owner-only, and never through a symbolic link.
 */
class ImportHostileTextTest {
    private static final String NAME = "Fabrikam\r# injected: true\n\tend\u2028x";

    @TempDir
    Path dir;

    EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        Path original = Files.writeString(dir.resolve("original.yaml"), """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: fabrikam
                tenant:
                  id: %s
                configuration:
                  domain: corp.fabrikam.com
                  displayName: "Fabrikam\\r# injected: true\\n\\tend\\u2028x"
                """.formatted(EmulatedTenant.TENANT));
        tenant.apply(original);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void controlCharactersInTheDisplayNameAreEscapedInTheCommentAndTheValue() throws IOException {
        Path imported = dir.resolve("imported.yaml");

        CliRun.Result result = tenant.run(
                "import", "--tenant", EmulatedTenant.TENANT, "--display-name", NAME, "--out", imported.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = Files.readString(imported);
        assertThat(text).doesNotContain("\r").doesNotContain("\t").doesNotContain("\u2028");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("# injected") || line.startsWith("injected"));
        assertThat(text)
                .contains(
                        "from the cloud sync configuration \"Fabrikam\\u000d# injected: true\\u000a\\u0009end\\u2028x\"")
                .contains("  displayName: \"Fabrikam\\r# injected: true\\n\\tend\\u2028x\"\n");
        CliRun.Result plan = tenant.run("plan", "-p", imported.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("No changes");
    }

    @Test
    void importOutIsOwnerOnlyAndRefusesAnExistingLink() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path imported = dir.resolve("imported.yaml");
        assertThat(tenant.run(
                                "import",
                                "--tenant",
                                EmulatedTenant.TENANT,
                                "--display-name",
                                NAME,
                                "--out",
                                imported.toString())
                        .exitCode())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(imported)))
                .isEqualTo("rw-------");

        Path link = dir.resolve("link.yaml");
        Files.createSymbolicLink(link, dir.resolve("elsewhere.yaml"));
        CliRun.Result refused = tenant.run(
                "import", "--tenant", EmulatedTenant.TENANT, "--display-name", NAME, "--out", link.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains(link + " already exists");
        assertThat(dir.resolve("elsewhere.yaml")).doesNotExist();
    }

    @Test
    void planOutRefusesALinkAndWritesOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = dir.resolve("plan.json");
        Files.createSymbolicLink(link, target);

        CliRun.Result refused =
                tenant.run("plan", "-p", dir.resolve("original.yaml").toString(), "--out", link.toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("is a symbolic link; cloudsync does not write through links");
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
        Path plan = dir.resolve("real.plan.json");
        assertThat(tenant.run("plan", "-p", dir.resolve("original.yaml").toString(), "--out", plan.toString())
                        .exitCode())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)))
                .isEqualTo("rw-------");
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
