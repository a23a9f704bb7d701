package io.github.cloudsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The root command lists every command, reports its version, and maps bad usage to 64. A run builds only the command
 * it invokes; help, the help command and words that are not commands still see them all.
 */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "validate",
                        "plan",
                        "apply",
                        "drift",
                        "status",
                        "import",
                        "allow-deletes",
                        "emulator",
                        "version",
                        "completion");
    }

    @Test
    void versionIsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("cloudsync ").doesNotContain("dev");
    }

    @Test
    void theShortVersionOptionPrintsTheSame() {
        assertThat(run("--version")).isZero();
        String version = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("-V")).isZero();
        assertThat(out.toString()).isEqualTo(version).startsWith("cloudsync ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--no-such-option")).isEqualTo(64);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void theHelpCommandStillKnowsEveryCommand() {
        assertThat(run("help", "drift")).isZero();
        assertThat(out.toString()).contains("Usage: cloudsync drift");
    }

    @Test
    void theCommandsARunBuildsAloneAreNamedAsTheirAnnotationsSay() {
        assertThat(Main.commandLine(Terminal.batch(Map.of())).getSubcommands().keySet())
                .containsExactlyElementsOf(Stream.concat(Main.commandNames().stream(), Stream.of("help"))
                        .toList());
    }

    @Test
    void eachCommandAloneHasItsOwnHelpAndOptions() {
        for (String command :
                Main.commandLine(Terminal.batch(Map.of())).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).startsWith("Usage: cloudsync " + command);
        }
    }

    @Test
    void aMisspelledCommandIsAUsageErrorThatSuggestsTheRealOne() {
        assertThat(run("plna")).isEqualTo(64);
        assertThat(err.toString()).contains("plna").contains("plan");
    }

    @Test
    void anUnknownOptionOfTheInvokedCommandIsStillAUsageError() {
        assertThat(run("validate", "--no-such-option", "x.yaml")).isEqualTo(64);
        assertThat(err.toString()).contains("Unknown option");
    }
}
