package io.github.cloudsync.apply;

import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.PlanForOtherGraph;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SavedPlanUnusable;
import io.github.cloudsync.model.StalePlan;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A plan saved by {@code plan --out}: what it was made from (the profile's text as it was read, the digest of the
 * profile loaded from it, the Graph URL, the tenant and per-resource fingerprints of what was read) and what it will do
 * (the plan as JSON, text and Markdown, for {@code show}). Nothing in it is trusted: apply loads the profile from its
 * text as {@code validate} would ({@link #requireMadeFrom}), plans again and prints only what it renders itself. It
 * holds no secret values: the profile has none, fingerprints are digests without masked values, renderings are
 * redacted.
 */
public record SavedPlan(
        String formatVersion,
        String toolVersion,
        String profileDigest,
        String profilePath,
        String graphUrl,
        String tenantId,
        String profileSource,
        SortedMap<String, String> fingerprints,
        JsonNode plan,
        String planText,
        String planMarkdown) {
    /** The saved-plan format this version writes and reads. */
    public static final String FORMAT_VERSION = "2";

    public SavedPlan {
        fingerprints = new TreeMap<>(fingerprints);
    }

    /**
     * Refuses the plan unless {@code profile}, loaded and checked from {@link #profileSource()}, is the one the plan
     * records (its digest) and is for the plan's tenant. {@code file} is the plan file as named on the command line.
     */
    public void requireMadeFrom(Profile profile, String file) {
        if (!SavedPlanFile.digest(profile).equals(profileDigest)) {
            throw SavedPlanUnusable.modified(file);
        }
        if (!profile.tenant().id().equalsIgnoreCase(tenantId)) {
            throw SavedPlanUnusable.otherTenant(file, tenantId, profile.tenant().id());
        }
    }

    /** The resources whose fingerprint differs now; empty when the plan still stands. */
    public List<String> changedSince(Map<String, String> now) {
        return Fingerprints.changed(fingerprints, now);
    }

    /** Refuses the plan unless it was made against {@code graphRoot}, the Graph it is about to be applied to. */
    public void requireMadeAgainst(String graphRoot) {
        if (!graphRoot.equals(graphUrl)) {
            throw new PlanForOtherGraph(graphUrl, graphRoot);
        }
    }

    /**
     * Refuses a stale plan: one whose resources changed since it was made ({@code live} is the tenant read now), or,
     * when none did, that is not the plan made from them now ({@code planNow}, as {@code plan --json} writes it).
     */
    public void requireCurrent(LiveState live, JsonNode planNow) {
        List<String> changed = changedSince(Fingerprints.of(live));
        if (changed.isEmpty() && !SavedPlanFile.samePlan(this, planNow)) {
            changed = List.of("the plan itself (made by cloudsync " + toolVersion + ")");
        }
        if (!changed.isEmpty()) {
            throw new StalePlan(changed);
        }
    }
}
