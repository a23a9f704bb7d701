package io.github.cloudsync.profile;

import io.github.cloudsync.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks across profiles loaded together (one folder, one {@code validate} run): names are unique, and no two profiles
 * manage the same configuration, since each apply would undo the other's changes.
 */
public final class ProfileSet {
    private ProfileSet() {}

    /** Problems of the later file of each clashing pair; invalid results are skipped (they have problems already). */
    public static List<Problem> conflicts(List<LoadResult> results) {
        List<Problem> problems = new ArrayList<>();
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
}
