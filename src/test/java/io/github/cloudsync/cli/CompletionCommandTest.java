package io.github.cloudsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudsync completion bash|zsh}: the script picocli generates, loaded into a real bash (and zsh where there is
 * one), completes commands and the invoked command's flags.
 */
class CompletionCommandTest {
    private final CliRun cli = new CliRun(Map.of());

    @TempDir
    Path folder;

    @Test
    void bashCompletesCommandsAndTheirFlags() throws Exception {
        Path script = script("bash");

        assertThat(complete("bash", script, "cloudsync", "dr")).containsExactly("drift", "drift-report");
        assertThat(complete("bash", script, "cloudsync", "ver")).containsExactly("version");
        assertThat(complete("bash", script, "cloudsync", "plan", "--detailed")).containsExactly("--detailed-exitcode");
        assertThat(complete("bash", script, "cloudsync", "completion", "z")).containsExactly("zsh");
    }

    @Test
    void zshLoadsTheSameScriptThroughBashcompinit() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")))
                .as("zsh installed")
                .isTrue();
        Path script = script("zsh");

        assertThat(complete("zsh", script, "cloudsync", "emu")).containsExactly("emulator");
        assertThat(complete("zsh", script, "cloudsync", "plan", "--detailed")).containsExactly("--detailed-exitcode");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun.Result result = cli.run("completion", "fish");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("bash, zsh");
    }

    private Path script(String shell) throws IOException {
        CliRun.Result result = cli.run("completion", shell);
        assertThat(result.exitCode()).isZero();
        Path script = folder.resolve("cloudsync." + shell);
        Files.writeString(script, result.out());
        return script;
    }

    /** What the completion function offers for the words typed so far, the last one being completed. */
    private List<String> complete(String shell, Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        // zsh calls a bash completion function as bashcompinit's wrapper does: in sh emulation (0-based arrays)
        String emulation = shell.equals("zsh") ? "emulate -L sh; setopt kshglob noshglob braceexpand\n" : "";
        String program = "source '" + script + "'\n"
                + "complete_now() {\n" + emulation
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=" + line.length() + "\n"
                + "_complete_cloudsync\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n}\ncomplete_now\n";
        ProcessBuilder builder =
                new ProcessBuilder(shell, "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD);
        // zsh's compinit writes its dump file under ZDOTDIR: keep it in the test's folder, not the home folder
        builder.environment().put("ZDOTDIR", folder.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // zsh's compgen stand-in offers every candidate of the context and leaves matching the typed prefix to compadd
        String typed = words[words.length - 1];
        return out.lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && (shell.equals("bash") || s.startsWith(typed)))
                .toList();
    }
}
