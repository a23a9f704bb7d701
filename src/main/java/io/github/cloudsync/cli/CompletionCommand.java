package io.github.cloudsync.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudsync completion bash|zsh}: the shell completion script picocli generates from the whole command tree. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a completion script for bash or zsh.",
            "bash: source <(cloudsync completion bash)   zsh: source <(cloudsync completion zsh)"
        })
final class CompletionCommand implements Callable<Integer> {
    /** The shells picocli's script serves: one bash script, which zsh runs through its bashcompinit. */
    enum Shell {
        bash,
        zsh
    }

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    CompletionCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("cloudsync", Main.commandLine(terminal));
        if (shell == Shell.zsh) {
            script = script.replaceFirst(
                    "\n", "\n# zsh: this script turns on zsh's bashcompinit and registers itself through it\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
