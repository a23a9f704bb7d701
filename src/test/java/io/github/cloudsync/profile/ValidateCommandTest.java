package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudsync validate}: exit 0 when all are valid, 1 when any is not, 64 when no file is given. */
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        System.arraycopy(files, 0, args, 1, files.length);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void allValidExitsZeroAndSaysSoOnStdout() {
        assertThat(validate("profiles/minimal.yaml", "profiles/full.yaml")).isZero();
        assertThat(out.toString().lines()).containsExactly("profiles/minimal.yaml: valid", "profiles/full.yaml: valid");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneInvalidAmongValidExitsOneAndStillChecksTheRest() {
        int code = validate("src/test/resources/bad-profiles/bad-state.yaml", "profiles/minimal.yaml", "missing.yaml");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly("profiles/minimal.yaml: valid");
        assertThat(err.toString())
                .contains("bad-state.yaml:9:10: /configuration/state: 'stopped' is not one of: active, paused")
                .contains("missing.yaml: no such file");
    }

    @Test
    void noProfileIsAUsageError() {
        assertThat(validate()).isEqualTo(64);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void aFolderStandsForItsProfilesAndEachFileIsCheckedOnce() {
        assertThat(validate("profiles", "profiles/minimal.yaml")).isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "profiles/device-sync.yaml: valid",
                        "profiles/full.yaml: valid",
                        "profiles/mappings-exact.yaml: valid",
                        "profiles/mappings-named.yaml: valid",
                        "profiles/minimal.yaml: valid",
                        "profiles/paused.yaml: valid",
                        "profiles/scoped-groups.yaml: valid",
                        "profiles/scoped-ous.yaml: valid",
                        "profiles/usgov.yaml: valid");
    }

    @Test
    void profilesThatShareANameOrAConfigurationClash(@TempDir Path dir) throws IOException {
        String minimal = Files.readString(Path.of("profiles", "minimal.yaml"));
        Files.writeString(dir.resolve("a.yaml"), minimal);
        Files.writeString(dir.resolve("b.yaml"), minimal.replace("name: contoso", "name: contoso-copy"));
        Files.writeString(dir.resolve("c.yaml"), minimal.replace("domain: contoso.com", "domain: fabrikam.com"));

        assertThat(validate(dir.toString())).isEqualTo(1);

        assertThat(out.toString().lines()).containsExactly(dir.resolve("a.yaml") + ": valid");
        assertThat(err.toString().lines())
                .contains(
                        dir.resolve("b.yaml") + ": /configuration/displayName: manages the same configuration as "
                                + dir.resolve("a.yaml")
                                + " (tenant 6f1c3a2e-8b4d-4e7a-9c51-2d0f7b3e8a14, displayName 'contoso.com')",
                        dir.resolve("c.yaml") + ": /metadata/name: name 'contoso' is also used by "
                                + dir.resolve("a.yaml"),
                        dir.resolve("b.yaml") + ": invalid, 1 problem",
                        dir.resolve("c.yaml") + ": invalid, 1 problem");
    }

    @Test
    void aFolderWithoutProfilesIsAProblem(@TempDir Path dir) {
        assertThat(validate(dir.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(dir + ": is a directory with no .yaml or .yml files");
    }
}
