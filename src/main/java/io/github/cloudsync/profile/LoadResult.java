package io.github.cloudsync.profile;

import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of loading one profile file: the profile when it is valid, else every problem found, in file order. */
public record LoadResult(String file, Optional<Profile> profile, List<Problem> problems) {
    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
        if (profile.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a profile or problems");
        }
    }

    static LoadResult valid(String file, Profile profile) {
        return new LoadResult(file, Optional.of(profile), List.of());
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
