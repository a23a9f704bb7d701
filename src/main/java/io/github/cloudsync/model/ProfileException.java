package io.github.cloudsync.model;

import java.util.List;

/** A profile could not be loaded; carries every problem found, each already formatted as FILE:LINE:COL: ... */
public final class ProfileException extends CloudsyncException {
    private final List<String> problems;

    public ProfileException(String file, List<String> problems) {
        super(
                file + ": " + problems.size() + " problem(s) in the profile",
                "fix the lines above and run `cloudsync validate` again",
                null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
