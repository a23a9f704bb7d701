package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.provision.ProvisionRun;
import io.github.cloudsync.provision.SubjectType;
import io.github.cloudsync.render.ProvisionJsonRenderer;
import io.github.cloudsync.render.ProvisionReport;
import io.github.cloudsync.render.ProvisionTextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync provision -p PROFILE --object DN}: provisions one on-premises object now (provisionOnDemand,
 * docs/graph.md section 16.10) and shows the steps Graph ran. It writes: the object is created or updated in Entra ID.
 */
@Command(
        name = "provision",
        mixinStandardHelpOptions = true,
        description = "Provision one AD object now (provision on demand) and show each step. Writes to Entra ID.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:provisioned (or skipped, e.g. out of scope)", "1:a step failed, or error", "64:usage"})
final class ProvisionCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-p", "--profile"},
            required = true,
            paramLabel = "PROFILE",
            description = "The profile file.")
    Path profile;

    @Option(
            names = "--object",
            required = true,
            paramLabel = "DN",
            description = "The object's distinguished name in AD, e.g. CN=Adele Vance,OU=Sales,DC=contoso,DC=com.")
    String object;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            defaultValue = "user",
            completionCandidates = TypeNames.class,
            description = "user, inetOrgPerson, group, contact or computer (device sync); default ${DEFAULT-VALUE}.")
    String type;

    @Mixin
    JsonOptions json;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Mixin
    GraphOptions graphOptions;

    ProvisionCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SubjectType subject = SubjectType.byName(type)
                .orElseThrow(() -> new UsageException(
                        "--type " + type + " is not an object type provision on demand takes",
                        "use one of " + String.join(", ", new TypeNames()) + " (case-sensitive)"));
        if (!object.contains("=")) {
            throw new UsageException(
                    "--object " + object + " is not a distinguished name",
                    "give the object's DN in AD, e.g. --object \"CN=Adele Vance,OU=Sales,DC=contoso,DC=com\"");
        }
        Profile loaded = OneProfile.load(profile, "provision");
        try (GraphSession graph = GraphSessionFactory.open(loaded, graphOptions, terminal.environment(), err)) {
            ProvisionRun run =
                    ProvisionRun.run(loaded, profile.toString(), object, subject, graph.reader(), graph.writer());
            run.read().warnings().forEach(w -> err.println("Warning: " + w));
            ProvisionReport report = new ProvisionReport(
                    loaded.name(),
                    loaded.tenant().id(),
                    run.read().servicePrincipal(),
                    run.job(),
                    run.ruleId(),
                    subject.objectTypeName(),
                    object,
                    run.result());
            if (json.any()) {
                json.print(out, ProvisionJsonRenderer.tree(report));
            } else {
                out.print(ProvisionTextRenderer.render(report, terminal.colour(noColor)));
                out.flush();
            }
            return run.result().failed() ? ExitCodes.ERROR : ExitCodes.OK;
        }
    }

    /** The names {@code --type} takes, for help and shell completion. */
    static final class TypeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(SubjectType.values())
                    .map(SubjectType::objectTypeName)
                    .collect(Collectors.toList())
                    .iterator();
        }
    }
}
