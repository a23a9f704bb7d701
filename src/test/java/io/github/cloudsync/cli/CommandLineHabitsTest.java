package io.github.cloudsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line habits through the CLI: CLOUDSYNC_* defaults for the Graph options, each stream asked on its own
 * (prompts on stdin, colour on stdout, progress on stderr), and the usage mistakes that get a precise answer.
 */
class CommandLineHabitsTest {
    @TempDir
    Path dir;

    GraphEmulator emulator;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        emulator = GraphEmulator.start(0);
        new EmulatorControl(emulator.baseUri()).seedStateFromResource("/emulator/empty-tenant.json");
        profile = Files.writeString(dir.resolve("contoso.yaml"), """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: contoso
                tenant:
                  id: 11111111-1111-1111-1111-111111111111
                configuration:
                  domain: contoso.com
                """);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theGraphOptionsDefaultFromCloudsyncVariablesAndTheOptionWins() {
        Map<String, String> environment = Map.of(
                "CLOUDSYNC_GRAPH_URL", emulator.baseUri().toString(),
                "CLOUDSYNC_AUTH", "none",
                "CLOUDSYNC_GRAPH_VERSION", "v1.0");
        CliRun cli = new CliRun(environment);

        CliRun.Result plan = cli.run("plan", "-p", profile.toString(), "-v");
        CliRun.Result overridden = cli.run("plan", "-p", profile.toString(), "--graph-url", "http://127.0.0.1:1");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.err()).contains("/v1.0/").contains("with none");
        assertThat(overridden.exitCode()).isEqualTo(1);
        assertThat(overridden.err()).contains("127.0.0.1:1");
    }

    @Test
    void applyPipedIntoTeeStillAsksAtTheTerminalAndProgressFollowsStderr() {
        String[] args = CliRun.against(emulator.baseUri().toString(), "apply", "-p", profile.toString());
        // stdin and stderr at a terminal, stdout piped: `cloudsync apply -p P | tee log`
        Result teed =
                run(new Terminal(Map.of(), new BufferedReader(new StringReader("yes\n")), true, false, true), args);

        assertThat(teed.code()).as(teed.err()).isZero();
        assertThat(teed.out())
                .contains("Enter a value:")
                .contains("Apply complete!")
                .doesNotContain("\u001b[");
    }

    @Test
    void driftDrawsItsProgressLineWheneverStderrIsATerminal() {
        String[] args = CliRun.against(emulator.baseUri().toString(), "drift", profile.toString(), "--json");

        Result toTerminal =
                run(new Terminal(Map.of(), new BufferedReader(new StringReader("")), false, false, true), args);
        Result toLog = run(new Terminal(Map.of(), new BufferedReader(new StringReader("")), false, false, false), args);

        assertThat(toTerminal.err()).contains("\rdrift: 1/1 checked, 1 drifted, 0 errors");
        assertThat(toLog.err()).isEmpty();
        assertThat(toTerminal.out()).isEqualTo(toLog.out()).startsWith("{");
    }

    @Test
    void colourFollowsTheStdoutAnswerAndNoColorWins() {
        String[] args = CliRun.against(emulator.baseUri().toString(), "plan", "-p", profile.toString());
        Terminal coloured = new Terminal(Map.of(), new BufferedReader(new StringReader("")), false, true, false);

        assertThat(run(coloured, args).out()).contains("\u001b[32m");
        String[] noColor =
                CliRun.against(emulator.baseUri().toString(), "plan", "-p", profile.toString(), "--no-color");
        assertThat(run(coloured, noColor).out()).doesNotContain("\u001b[");
    }

    @Test
    void theMistakesGetAPreciseAnswer() {
        CliRun cli = new CliRun(Map.of());

        CliRun.Result port = cli.run("emulator", "--port", "99999");
        CliRun.Result output = cli.run("plan", "-p", profile.toString(), "--output", "json");
        CliRun.Result folder = cli.run(CliRun.against(emulator.baseUri().toString(), "plan", "-p", dir.toString()));

        assertThat(port.exitCode()).isEqualTo(64);
        assertThat(port.err()).contains("--port must be between 0 and 65535, not 99999");
        assertThat(output.exitCode()).isEqualTo(64);
        assertThat(output.err())
                .contains("Unknown options: '--output', 'json'")
                .contains("did you mean --json?")
                .contains("--out FILE saves the plan");
        assertThat(folder.exitCode()).isEqualTo(64);
        assertThat(folder.err())
                .contains(dir + " is a folder of 1 profile; plan -p takes one profile file")
                .contains("name one, e.g. -p " + profile)
                .contains("cloudsync drift " + dir);
    }

    /** What one run printed and returned. */
    private record Result(int code, String out, String err) {}

    private static Result run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
        return new Result(code, out.toString(), err.toString());
    }
}
