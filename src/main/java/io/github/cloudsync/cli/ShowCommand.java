package io.github.cloudsync.cli;

import io.github.cloudsync.apply.SavedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code cloudsync show PLANFILE}: renders a saved plan as text, JSON or Markdown, offline. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Render a saved plan (offline).")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLANFILE", description = "A plan saved by `cloudsync plan --out`.")
    Path planFile;

    @Option(names = "--json", description = "The plan as JSON (schemas/plan.v1.schema.json).")
    boolean json;

    @Option(names = "--markdown", description = "The plan as Markdown, for a pull-request comment.")
    boolean markdown;

    @Option(names = "--no-color", description = "Accepted for symmetry; saved plans are stored without colour.")
    boolean noColor;

    @Override
    public Integer call() {
        SavedPlan saved = SavedPlanProfile.read(planFile).saved();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(saved.plan()));
        } else if (markdown) {
            out.print(saved.planMarkdown());
        } else {
            out.println("Saved plan for profile " + saved.profilePath() + " (tenant " + saved.tenantId() + ", "
                    + saved.graphUrl() + ", made by cloudsync " + saved.toolVersion() + ")");
            out.println();
            out.print(saved.planText());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
