package io.github.cloudsync.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Graph's answer to a provision-on-demand request (docs/graph.md sections 4.6 and 16.10), decoded from its two JSON
 * strings: the overall {@code result} (Success, Failure, Skipped) with the error it names, the steps the service ran,
 * and the object it wrote in Microsoft Entra ID, if any.
 */
public record ProvisioningResult(
        String result,
        Optional<String> errorCode,
        Optional<String> errorMessage,
        List<Step> steps,
        Optional<Identity> target) {
    public ProvisioningResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(errorMessage, "errorMessage");
        steps = List.copyOf(steps);
        Objects.requireNonNull(target, "target");
    }

    /** Whether the request failed: the result is Failure or one of its steps failed. */
    public boolean failed() {
        return isFailure(result) || steps.stream().anyMatch(Step::failed);
    }

    private static boolean isFailure(String status) {
        return status != null && status.toLowerCase(Locale.ROOT).equals("failure");
    }

    /** One step of the run (EntryImport, EntrySynchronizationScoping, EntryExportAdd, ...) with its details as text. */
    public record Step(
            String name,
            String type,
            String status,
            String description,
            String timestamp,
            Map<String, String> details) {
        public Step {
            Objects.requireNonNull(name, "name");
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        /** Whether Graph reports this step as failed (its status is Failure, in any case). */
        public boolean failed() {
            return isFailure(status);
        }
    }

    /** An object on one side of the run: its id and its type. */
    public record Identity(String id, String type) {}
}
