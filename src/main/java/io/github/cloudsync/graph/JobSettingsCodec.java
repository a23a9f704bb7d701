package io.github.cloudsync.graph;

import io.github.cloudsync.model.JobSettings;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The job half of the settings seam: a job's {@code synchronizationJobSettings}, a collection of {@code keyValuePair}
 * ({@code name}, {@code value}; v1.0 and beta alike, microsoftgraph/microsoft-graph-docs-contrib:
 * api-reference/v1.0/resources/synchronization-synchronizationjob.md), read into {@link JobSettings}. The secrets half
 * is {@link SecretsCodec}. Graph's beta metadata points job-specific settings here when {@code synchronization/secrets}
 * goes (docs/graph.md section 16.5), and real jobs already carry the delete threshold as
 * {@code QuarantineTooManyDeletesThreshold} (value {@code "500"}, section 16.4): when a setting moves, only these two
 * classes change, not the profile. The one place those setting names are spelled.
 */
final class JobSettingsCodec {
    private static final String DELETE_THRESHOLD = "QuarantineTooManyDeletesThreshold";

    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private JobSettingsCodec() {}

    /** The settings of a job's JSON; a setting that is absent, repeated after its first or not a count is skipped. */
    static JobSettings read(JsonNode settings) {
        return new JobSettings(first(settings, DELETE_THRESHOLD)
                .map(String::trim)
                .filter(v -> COUNT.matcher(v).matches())
                .map(Integer::valueOf));
    }

    private static Optional<String> first(JsonNode settings, String name) {
        for (JsonNode pair : settings.values()) {
            if (name.equals(GraphJson.text(pair, "name"))) {
                return Optional.ofNullable(GraphJson.text(pair, "value"));
            }
        }
        return Optional.empty();
    }
}
