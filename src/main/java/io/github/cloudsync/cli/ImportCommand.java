package io.github.cloudsync.cli;

import io.github.cloudsync.graph.LiveStateRead;
import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.ConfigurationMissing;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.ProfileLoader;
import io.github.cloudsync.read.TenantCheck;
import io.github.cloudsync.render.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudsync import}: reads a live configuration (GETs only) and writes the profile v1 that plans to no changes
 * against it, warning on stderr about what profile v1 cannot say. Before writing, it loads the text it made and plans
 * it against what it read, so a profile that would not round-trip is reported, never written silently.
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
        if (out != null && Files.exists(out)) {
            throw new UsageException(out + " already exists", "choose another --out, or remove the file first");
        }
        LiveState live;
        try (ReadOnlyGraphSession graph =
                GraphSessionFactory.openReadOnly(tenant, chosen, graphOptions, terminal.environment(), err)) {
            LiveStateRead read = graph.liveState().readWithWarnings(lookup(chosen));
            read.warnings().forEach(w -> err.println("Warning: " + w));
            live = read.state();
        }
        TenantCheck.require(tenant, live.organization().id());
        if (live.servicePrincipal().isEmpty()) {
            throw new ConfigurationMissing(tenant, displayName, Optional.empty());
        }
        ImportedProfile imported = ImportedProfile.of(live, chosen);
        imported.warnings().forEach(w -> err.println("Warning: " + w));
        String shownPath = out == null ? "PROFILE" : out.toString();
        String text = ProfileYaml.write(
                imported.profile(),
                "Imported by cloudsync " + Version.number() + " from the cloud sync configuration \""
                        + displayName.replace("\n", " ") + "\"",
                "in tenant " + live.organization().id() + ". Check it with: cloudsync plan -p " + shownPath);
        Plan check = Planner.plan(reloaded(text), live, shownPath);
        if (!check.empty()) {
            err.println("Warning: profile v1 cannot describe this configuration exactly; `cloudsync plan` will show:");
            err.print(TextRenderer.render(check, TextRenderer.DEFAULT_CAPTION, false));
        }
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            write(out, text);
            err.println("Wrote " + out + ". Check it with: cloudsync plan -p " + out);
        }
        return ExitCodes.OK;
    }

    /** A profile that only names what to look up: the reader needs the tenant and the display name. */
    private Profile lookup(Cloud chosen) {
        return new Profile(
                "import",
                new Profile.Tenant(tenant, chosen, true),
                new Profile.Configuration(
                        "import.invalid",
                        displayName,
                        false,
                        false,
                        AccidentalDeletes.DEFAULT,
                        Notifications.DEFAULT,
                        DesiredState.ACTIVE));
    }

    /** The written text loaded as cloudsync will load it; a problem here is a bug in import, not in the tenant. */
    private static Profile reloaded(String text) {
        LoadResult result = new ProfileLoader().check("imported profile", text.getBytes(StandardCharsets.UTF_8));
        if (!result.valid()) {
            throw new IllegalStateException("import wrote a profile that does not load: " + result.formatted());
        }
        return result.profile().orElseThrow();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage(), "choose another --out");
        }
    }
}
