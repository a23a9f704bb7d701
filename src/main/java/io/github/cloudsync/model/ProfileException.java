package io.github.cloudsync.model;

import java.util.List;

/**
 * A profile could not be loaded, or a folder of profiles could not be listed; carries the file and every problem found,
 * each already formatted as FILE:LINE:COL: ...
 */
public final class ProfileException extends CloudsyncException {
    /**
     * How the problems were met: loading the one profile of a command, the profile saved in a plan file, one of many
     * (drift), listing a folder, or profiles checked together that disagree on a tenant-wide field or clash (name,
     * configuration, AD domain).
     */
    public enum Form {
        PROFILE,
        SAVED_PLAN,
        ONE_OF_MANY,
        FOLDER,
        DISAGREEING
    }

    private final String file;
    private final List<String> problems;
    private final Form form;

    private ProfileException(String file, List<String> problems, Form form, String whatHappened) {
        super(whatHappened, null);
        this.file = file;
        this.problems = List.copyOf(problems);
        this.form = form;
    }

    /** The problems of the profile {@code file}, which a command was given. */
    public ProfileException(String file, List<String> problems) {
        this(file, problems, Form.PROFILE, file + ": " + problems.size() + " problem(s) in the profile");
    }

    /**
     * The problems of the profile saved in the plan file {@code planFile}, checked as {@code validate} checks a file;
     * {@code file} is the profile's name when the plan was made, the name the problems are shown under.
     */
    public static ProfileException inSavedPlan(String planFile, String file, List<String> problems) {
        return new ProfileException(
                file,
                problems,
                Form.SAVED_PLAN,
                "the profile saved in " + planFile + " (from " + file + ") is not valid ("
                        + problems.size() + (problems.size() == 1 ? " problem)" : " problems)")
                        + ", so nothing was sent");
    }

    /** The problems of the profile {@code file}, one of many checked at once. */
    public static ProfileException oneOfMany(String file, List<String> problems) {
        return new ProfileException(
                file,
                problems,
                Form.ONE_OF_MANY,
                "the profile is not valid (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
    }

    /** The folder {@code directory} could not be listed. */
    public static ProfileException unlistable(String directory, String problem) {
        return new ProfileException(
                directory, List.of(problem), Form.FOLDER, directory + ": 1 problem(s) in the profile");
    }

    /**
     * The profile {@code file} disagrees or clashes with other profiles checked with it (a tenant-wide field, a name, a
     * configuration, an AD domain); each problem names where.
     */
    public static ProfileException disagreeing(String file, List<String> problems) {
        return new ProfileException(
                file,
                problems,
                Form.DISAGREEING,
                "the profile disagrees or clashes with other profiles checked with it, so it was not checked");
    }

    @Override
    public String failureCode() {
        return switch (form) {
            case FOLDER -> "profile_folder_unlistable";
            case DISAGREEING -> "profiles_disagree";
            case PROFILE, SAVED_PLAN, ONE_OF_MANY -> "profile_invalid";
        };
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }

    public Form form() {
        return form;
    }
}
