package io.github.cloudsync.profile;

import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading one profile file: the profile when it is valid, else every problem found, in file order. A
 * valid one also knows where its tenant-wide fields are written ({@code places}, keyed by JSON pointer; a field left to
 * its default is placed at its parent), so checks across profiles can point at them.
 */
public record LoadResult(String file, Optional<Profile> profile, List<Problem> problems, Map<String, Position> places) {
    /** The JSON pointer of the directory sync switch, a tenant-wide field. */
    public static final String DIRECTORY_SYNC = "/tenant/directorySyncEnabled";

    /** The JSON pointer of the configuration's AD domain: one configuration per domain of a tenant. */
    public static final String DOMAIN = "/configuration/domain";

    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
        places = Map.copyOf(places);
        if (profile.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a profile or problems");
        }
    }

    /** A result that knows no places. */
    public LoadResult(String file, Optional<Profile> profile, List<Problem> problems) {
        this(file, profile, problems, Map.of());
    }

    static LoadResult valid(String file, Profile profile, Map<String, Position> places) {
        return new LoadResult(file, Optional.of(profile), List.of(), places);
    }

    /** Where the field at {@code pointer} is written, or the start of the file when it is not known. */
    public Position place(String pointer) {
        return places.getOrDefault(pointer, Position.START);
    }

    static LoadResult invalid(String file, List<Problem> problems) {
        return new LoadResult(file, Optional.empty(), problems);
    }

    public boolean valid() {
        return profile.isPresent();
    }

    /** Every problem formatted as {@code FILE:LINE:COL: /pointer: message} plus its hint line. */
    public List<String> formatted() {
        return problems.stream().map(Problem::format).toList();
    }

    /** The profile, or a {@link ProfileException} carrying every formatted problem. */
    public Profile orThrow() {
        return profile.orElseThrow(() -> new ProfileException(file, formatted()));
    }
}
