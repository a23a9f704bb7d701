package io.github.cloudsync.profile;

import io.github.cloudsync.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks across profiles loaded together (one folder, one {@code validate} run): names are unique, no two profiles
 * manage the same configuration, since each apply would undo the other's changes, and the profiles of one tenant agree
 * on its tenant-wide fields (directory sync is one switch for the whole tenant, docs/graph.md section 16.3).
 */
public final class ProfileSet {
    private ProfileSet() {}

    /**
     * Problems of the later file of each clashing pair, and of every file of a tenant whose profiles disagree on a
     * tenant-wide field; invalid results are skipped (they have problems already).
     */
    public static List<Problem> conflicts(List<LoadResult> results) {
        List<Problem> problems = new ArrayList<>(disagreements(results));
        Map<String, String> names = new HashMap<>();
        Map<String, String> configurations = new HashMap<>();
        for (LoadResult result : results) {
            if (result.profile().isEmpty()) {
                continue;
            }
            Profile profile = result.profile().get();
            String sameName = names.putIfAbsent(profile.name(), result.file());
            if (sameName != null) {
                problems.add(new Problem(
                        result.file(),
                        0,
                        0,
                        "/metadata/name",
                        "name '" + profile.name() + "' is also used by " + sameName,
                        "profile names are unique within a folder: reports and plans are keyed by them"));
            }
            String configuration = profile.tenant().id().toLowerCase(Locale.ROOT) + "|"
                    + profile.configuration().displayName().toLowerCase(Locale.ROOT);
            String sameConfiguration = configurations.putIfAbsent(configuration, result.file());
            if (sameConfiguration != null) {
                problems.add(new Problem(
                        result.file(),
                        0,
                        0,
                        "/configuration/displayName",
                        "manages the same configuration as " + sameConfiguration + " (tenant "
                                + profile.tenant().id() + ", displayName '"
                                + profile.configuration().displayName() + "')",
                        "keep one profile per configuration; two would undo each other's changes"));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * One problem for each file of a tenant whose profiles disagree on {@code tenant.directorySyncEnabled}, at the place
     * the field is written (or its default applies), naming the places of the files that say otherwise.
     */
    public static List<Problem> disagreements(List<LoadResult> results) {
        Map<String, List<LoadResult>> byTenant = new LinkedHashMap<>();
        for (LoadResult result : results) {
            result.profile()
                    .ifPresent(p -> byTenant.computeIfAbsent(
                                    p.tenant().id().toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                            .add(result));
        }
        List<Problem> problems = new ArrayList<>();
        for (List<LoadResult> tenant : byTenant.values()) {
            for (LoadResult result : tenant) {
                boolean wanted = directorySync(result);
                List<String> otherwise = tenant.stream()
                        .filter(other -> directorySync(other) != wanted)
                        .map(ProfileSet::where)
                        .toList();
                if (otherwise.isEmpty()) {
                    continue;
                }
                Position at = result.place(LoadResult.DIRECTORY_SYNC);
                problems.add(new Problem(
                        result.file(),
                        at.line(),
                        at.column(),
                        LoadResult.DIRECTORY_SYNC,
                        "is " + wanted + " here, but other profiles of tenant "
                                + result.profile().orElseThrow().tenant().id() + " say " + !wanted + ": "
                                + String.join(", ", otherwise),
                        "make every profile of the tenant say the same: directory sync is one switch for the whole"
                                + " tenant, so each apply would undo the other"));
            }
        }
        return List.copyOf(problems);
    }

    private static boolean directorySync(LoadResult result) {
        return result.profile().orElseThrow().tenant().directorySyncEnabled();
    }

    private static String where(LoadResult result) {
        Position at = result.place(LoadResult.DIRECTORY_SYNC);
        return result.file() + ":" + at.line() + ":" + at.column();
    }
}
