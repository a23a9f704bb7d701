package io.github.cloudsync.apply;

import io.github.cloudsync.model.Profile;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A plan saved by {@code plan --out}: what it was made from (the profile as loaded, its digest, the Graph URL, the
 * tenant and per-resource fingerprints of what was read) and what it will do (the plan as JSON and as text). It holds
 * no secret values: the profile has none, fingerprints are digests without masked values, renderings are redacted.
 */
public record SavedPlan(
        String formatVersion,
        String toolVersion,
        String profileDigest,
        String profilePath,
        String graphUrl,
        String tenantId,
        Profile profile,
        SortedMap<String, String> fingerprints,
        JsonNode plan,
        String planText,
        String planMarkdown) {
    /** The saved-plan format this version writes and reads. */
    public static final String FORMAT_VERSION = "1";

    public SavedPlan {
        fingerprints = new TreeMap<>(fingerprints);
    }

    /** The resources whose fingerprint differs now; empty when the plan still stands. */
    public java.util.List<String> changedSince(Map<String, String> now) {
        return Fingerprints.changed(fingerprints, now);
    }
}
