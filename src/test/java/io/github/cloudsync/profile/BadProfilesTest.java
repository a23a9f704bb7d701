package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.Main;
import io.github.cloudsync.testing.GoldenFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed profile in {@code bad-profiles/} goes through {@code cloudsync validate} in-process: exit code 1,
 * nothing on stdout, and stderr byte for byte as in its {@code .expected} golden file (regenerate with
 * {@code make golden}).
 */
class BadProfilesTest {
    static final Path DIRECTORY = Path.of("src", "test", "resources", "bad-profiles");

    static Stream<Path> badProfiles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void validateReportsExactlyTheExpectedProblems(Path profile) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode =
                Main.run(new String[] {"validate", profile.toString()}, new PrintWriter(out), new PrintWriter(err));

        GoldenFile.check(Path.of(profile.toString().replaceFirst("\\.yaml$", ".expected")), err.toString());
        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void everyProblemNamesFileLineAndColumn(Path profile) {
        LoadResult result = ProfileLoader.validate(profile);

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(profile.toString());
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
            assertThat(problem.hint()).isNotBlank();
        });
    }
}
