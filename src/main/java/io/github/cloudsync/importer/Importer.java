package io.github.cloudsync.importer;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.ConfigurationMissing;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.ProfileLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code cloudsync import}'s workflow: the profile v1 text that plans to no changes against a live configuration, the
 * warnings about what profile v1 cannot say, and the check: before it is written, the text is loaded as cloudsync
 * loads a profile and planned against what was read, so a profile that would not round-trip is reported, never
 * written silently.
 */
public final class Importer {
    /** What the lookup asks for: an exact profile, whose plan needs the template's default schema. */
    private static final AttributeMappings EXACT = new AttributeMappings(AttributeMappings.Mode.EXACT, List.of());

    private Importer() {}

    /** What import made: the profile's text, the warnings, and the plan of that text against the live state. */
    public record Result(String text, List<String> warnings, Plan check) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** A profile that only names what to look up: the reader needs the tenant and the display name. */
    public static Profile lookup(String tenant, Cloud cloud, String displayName) {
        return new Profile(
                "import",
                new Profile.Tenant(tenant, cloud, true),
                new Profile.Configuration(
                        "import.invalid",
                        displayName,
                        false,
                        false,
                        AccidentalDeletes.DEFAULT,
                        Notifications.DEFAULT,
                        DesiredState.ACTIVE,
                        Optional.empty(),
                        Optional.empty(),
                        EXACT));
    }

    /**
     * The profile for the configuration {@code live} holds ({@code templateSchema}: the provisioning template's default
     * schema, to tell custom mappings from the defaults); refuses when there is none. {@code shownPath} is how the
     * text's header and the check's notices name the profile, {@code version} the cloudsync version that wrote it.
     */
    public static Result fromLive(
            LiveState live,
            Optional<JsonNode> templateSchema,
            Cloud cloud,
            String displayName,
            String shownPath,
            String version) {
        if (live.servicePrincipal().isEmpty()) {
            throw new ConfigurationMissing(live.organization().id(), displayName, Optional.empty());
        }
        ImportedProfile imported = ImportedProfile.of(live, templateSchema, cloud);
        String text = ProfileYaml.write(
                imported.profile(),
                "Imported by cloudsync " + version + " from the cloud sync configuration \"" + displayName + "\"",
                "in tenant " + live.organization().id() + ". Check it with: cloudsync plan -p " + shownPath);
        return new Result(text, imported.warnings(), Planner.plan(reloaded(text), live, shownPath));
    }

    /** The written text loaded as cloudsync will load it; a problem here is a bug in import, not in the tenant. */
    private static Profile reloaded(String text) {
        LoadResult result = new ProfileLoader().check("imported profile", text.getBytes(StandardCharsets.UTF_8));
        if (!result.valid()) {
            throw new IllegalStateException("import wrote a profile that does not load: " + result.formatted());
        }
        return result.profile().orElseThrow();
    }
}
