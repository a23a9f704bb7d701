package io.github.cloudsync.cli;

import io.github.cloudsync.files.AtomicWrite;
import io.github.cloudsync.graph.LiveStateRead;
import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.importer.Importer;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.read.TenantCheck;
import io.github.cloudsync.render.ImportJsonRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code cloudsync import}: reads a live configuration (GETs only) and writes the profile v1 that plans to no changes
 * against it ({@link Importer} makes it and checks it), warning on stderr about what profile v1 cannot say.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Write a profile from a live configuration. Sends only GET requests.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:no such configuration, or error", "64:usage"})
final class ImportCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "The tenant id.")
    String tenant;

    @Option(
            names = "--display-name",
            required = true,
            paramLabel = "NAME",
            description = "The configuration's service principal display name (in the portal: the configuration name).")
    String displayName;

    @Option(
            names = "--cloud",
            paramLabel = "CLOUD",
            defaultValue = "global",
            description = "global (default), usgov, usgovdod or china.")
    String cloud;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the profile here (default: standard output).")
    Path out;

    @Mixin
    JsonOptions json;

    @Mixin
    GraphOptions graphOptions;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cloud chosen = Cloud.byProfileName(cloud)
                .orElseThrow(() -> new UsageException(
                        "unknown cloud '" + cloud + "'", "use one of global, usgov, usgovdod, china"));
        if (out != null && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(out + " already exists", "choose another --out, or remove the file first");
        }
        LiveState live;
        Optional<JsonNode> template;
        try (ReadOnlyGraphSession graph =
                GraphSessionFactory.openReadOnly(tenant, chosen, graphOptions, terminal.environment(), err)) {
            LiveStateRead read = graph.liveState().readWithWarnings(Importer.lookup(tenant, chosen, displayName));
            read.warnings().forEach(w -> err.println("Warning: " + w));
            live = read.state();
            TenantCheck.require(tenant, live.organization().id());
            // the defaults tell the custom mappings from Microsoft's (docs/graph.md section 16.8)
            template = live.provisioningSchema().isPresent()
                    ? Optional.of(graph.reader()
                            .templateSchemaRules(
                                    live.servicePrincipal().orElseThrow().id(), JobTemplate.PROVISIONING.templateId()))
                    : Optional.empty();
        }
        String shownPath = out == null ? "PROFILE" : out.toString();
        Importer.Result imported = Importer.fromLive(live, template, chosen, displayName, shownPath, Version.number());
        imported.warnings().forEach(w -> err.println("Warning: " + w));
        if (!imported.check().empty()) {
            err.println("Warning: profile v1 cannot describe this configuration exactly; `cloudsync plan` will show:");
            err.print(TextRenderer.render(imported.check(), TextRenderer.DEFAULT_CAPTION, false));
        }
        if (out != null) {
            write(out, imported.text());
            err.println("Wrote " + out + ". Check it with: cloudsync plan -p " + out);
        }
        if (json.any()) {
            json.print(
                    stdout,
                    ImportJsonRenderer.tree(
                            tenant,
                            chosen.profileName(),
                            displayName,
                            imported.text(),
                            Optional.ofNullable(out).map(Path::toString),
                            imported.warnings(),
                            imported.check()));
        } else if (out == null) {
            stdout.print(imported.text());
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) {
        try {
            AtomicWrite.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage(), "choose another --out");
        }
    }
}
