package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.ProfileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's limits and API: size, alias bombs, byte order marks, results and exceptions. */
class ProfileLoaderTest {
    private static final String VALID = """
            apiVersion: cloudsync/v1
            kind: CloudSyncProfile
            metadata: {name: contoso}
            tenant: {id: 6f1c3a2e-8b4d-4e7a-9c51-2d0f7b3e8a14}
            configuration: {domain: contoso.com}
            """;

    private final ProfileLoader loader = new ProfileLoader();

    @Test
    void theSharedLoaderPreparedInTheBackgroundIsTheOneLoadUses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contoso.yaml");
        Files.writeString(file, VALID);

        ProfileLoader.prepareInBackground();

        assertThat(ProfileLoader.shared()).isSameAs(ProfileLoader.shared());
        assertThat(ProfileLoader.load(file).configuration().domain()).isEqualTo("contoso.com");
        assertThat(ProfileLoader.shared().check(file).profile())
                .isPresent()
                .isEqualTo(loader.check(file).profile());
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, VALID + "# " + "x".repeat(ProfileText.MAX_BYTES) + "\n");

        LoadResult result = loader.check(big);

        assertThat(result.formatted())
                .containsExactly(big + ":1:1: the file is larger than 1 MiB (1048576 bytes); refused"
                        + System.lineSeparator()
                        + "  hint: a profile is a few hundred bytes: is this the right file?");
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead(@TempDir Path dir) throws IOException {
        byte[] head = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[ProfileText.MAX_BYTES];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(head, 0, padded, 0, head.length);
        padded[head.length] = '#';

        assertThat(loader.check("padded.yaml", padded).valid()).isTrue();
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'z'; level++) {
            String previous = "*" + (char) (level - 1);
            bomb.append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }

        LoadResult result = loader.check("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("YAML alias '*a' is not allowed in a profile");
            assertThat(problem.line()).isEqualTo(2);
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] withBom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);

        assertThat(loader.check("bom.yaml", withBom).valid()).isTrue();
    }

    @Test
    void displayNameDefaultsToTheDomainButCanBeSet() {
        String named = VALID.replace("{domain: contoso.com}", "{domain: contoso.com, displayName: Contoso HQ}");

        assertThat(loader.check("a.yaml", VALID.getBytes(StandardCharsets.UTF_8))
                        .orThrow()
                        .configuration()
                        .displayName())
                .isEqualTo("contoso.com");
        assertThat(loader.check("b.yaml", named.getBytes(StandardCharsets.UTF_8))
                        .orThrow()
                        .configuration()
                        .displayName())
                .isEqualTo("Contoso HQ");
    }

    @Test
    void loadThrowsAProfileExceptionCarryingEveryFormattedProblem() {
        Path bad = BadProfilesTest.DIRECTORY.resolve("yes-no-booleans.yaml");

        assertThatThrownBy(() -> ProfileLoader.load(bad)).isInstanceOfSatisfying(ProfileException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.problems().get(0)).startsWith(bad + ":7:25: /tenant/directorySyncEnabled: ");
            assertThat(e.exitCode()).isEqualTo(1);
        });
    }

    @Test
    void aMissingFileIsAProblemWithoutAPlace() {
        LoadResult result = loader.check(Path.of("no", "such.yaml"));

        assertThat(result.formatted())
                .singleElement()
                .asString()
                .startsWith(Path.of("no", "such.yaml") + ": no such file");
    }
}
