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
 * manage the same configuration, since each apply would undo the other's changes, no two manage one AD domain of a
 * tenant, and the profiles of one tenant agree on its tenant-wide fields (directory sync is one switch for the whole
 * tenant, docs/graph.md section 16.3). {@code validate} and {@code drift} over several profiles both make every check.
 */
public final class ProfileSet {
    private ProfileSet() {}

    /**
     * Problems of the later file of each clashing pair, and of every file of a tenant whose profiles disagree on a
     * tenant-wide field; invalid results are skipped (they have problems already).
     */
    public static List<Problem> conflicts(List<LoadResult> results) {
        List<Problem> problems = new ArrayList<>(disagreements(results));
        problems.addAll(sameDomain(results));
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
            long on = tenant.stream().filter(ProfileSet::directorySync).count();
            if (on == 0 || on == tenant.size()) {
                continue; // they agree: no pairs to compare (a fleet may hold thousands of one tenant)
            }
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

    /**
     * One problem for each file whose tenant and AD domain another profile with a different display name also has, at
     * its {@code configuration.domain}, naming the others' places: two configurations of one domain would sync it twice.
     * Profiles of one display name clash as the same configuration instead.
     */
    static List<Problem> sameDomain(List<LoadResult> results) {
        Map<String, List<LoadResult>> byDomain = new LinkedHashMap<>();
        for (LoadResult result : results) {
            result.profile()
                    .ifPresent(p -> byDomain.computeIfAbsent(
                                    p.tenant().id().toLowerCase(Locale.ROOT) + "|" + domain(p), d -> new ArrayList<>())
                            .add(result));
        }
        List<Problem> problems = new ArrayList<>();
        for (List<LoadResult> sharing : byDomain.values()) {
            for (LoadResult result : sharing) {
                Profile profile = result.profile().orElseThrow();
                List<String> others = sharing.stream()
                        .filter(other -> !displayName(other).equals(displayName(result)))
                        .map(other -> where(other, LoadResult.DOMAIN) + " (displayName '"
                                + other.profile().orElseThrow().configuration().displayName() + "')")
                        .toList();
                if (others.isEmpty()) {
                    continue;
                }
                Position at = result.place(LoadResult.DOMAIN);
                problems.add(new Problem(
                        result.file(),
                        at.line(),
                        at.column(),
                        LoadResult.DOMAIN,
                        "domain " + profile.configuration().domain() + " of tenant "
                                + profile.tenant().id() + " is also configured by " + String.join(", ", others),
                        "keep one profile per AD domain of a tenant: each would make its own cloud sync configuration"
                                + " of the same domain"));
            }
        }
        return List.copyOf(problems);
    }

    private static String domain(Profile profile) {
        return profile.configuration().domain().toLowerCase(Locale.ROOT);
    }

    private static String displayName(LoadResult result) {
        return result.profile().orElseThrow().configuration().displayName().toLowerCase(Locale.ROOT);
    }

    private static boolean directorySync(LoadResult result) {
        return result.profile().orElseThrow().tenant().directorySyncEnabled();
    }

    private static String where(LoadResult result) {
        return where(result, LoadResult.DIRECTORY_SYNC);
    }

    private static String where(LoadResult result, String pointer) {
        Position at = result.place(pointer);
        return result.file() + ":" + at.line() + ":" + at.column();
    }
}
