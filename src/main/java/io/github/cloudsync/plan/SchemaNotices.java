package io.github.cloudsync.plan;

import io.github.cloudsync.diff.UnmanagedMapping;
import io.github.cloudsync.model.JobTemplate;
import java.util.List;
import java.util.Locale;

/** The notices a schema comparison gives: mappings the profile does not manage, and the restart after a scope change. */
final class SchemaNotices {
    private SchemaNotices() {}

    /** The mappings that differ from the template's default and that a named-mode profile does not name. */
    static Plan.Notice unmanaged(List<UnmanagedMapping> unmanaged) {
        List<String> named = unmanaged.stream()
                .map(u -> u.objectType() + "." + u.target() + " ("
                        + u.kind().name().toLowerCase(Locale.ROOT) + ")")
                .toList();
        return new Plan.Notice(
                Action.schemaAddress(JobTemplate.PROVISIONING),
                unmanaged.size() + (unmanaged.size() == 1 ? " attribute mapping differs" : " attribute mappings differ")
                        + " from the template's default and " + (unmanaged.size() == 1 ? "is" : "are")
                        + " not managed by this profile: " + String.join(", ", named),
                "cloudsync leaves them as they are; name them under configuration.attributeMappings to manage them,"
                        + " or use mode: exact to put every mapping back to the default and the profile's");
    }

    /**
     * After a scope change the portal asks for a restart of the configuration (docs/graph.md section 16.6); cloudsync
     * says so and never restarts by itself.
     */
    static Plan.Notice restartAfterScopeChange(String profileArgument) {
        return new Plan.Notice(
                Action.stateAddress(JobTemplate.PROVISIONING),
                "the scope changes: Microsoft advises restarting the configuration after a scope change, which cloudsync"
                        + " does not do by itself",
                "after apply, run: cloudsync restart -p " + profileArgument + " --scope full");
    }
}
