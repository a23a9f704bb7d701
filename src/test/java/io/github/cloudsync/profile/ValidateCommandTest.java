package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
}
