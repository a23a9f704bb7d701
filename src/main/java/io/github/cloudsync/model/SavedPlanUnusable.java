package io.github.cloudsync.model;

/**
 * A saved plan file cannot be read, written, or trusted: unreadable, of another format, holding a field this version
 * does not know, modified after saving, made for another tenant than its profile's, or not a saved plan at all (a
 * {@code plan --json} output).
 */
public final class SavedPlanUnusable extends CloudsyncException {
    /** What is wrong with the file. */
    public enum Problem {
        CANNOT_READ("saved_plan_unreadable"),
        OTHER_FORMAT("saved_plan_other_format"),
        UNKNOWN_FIELD("saved_plan_unknown_field"),
        MODIFIED("saved_plan_modified"),
        OTHER_TENANT("saved_plan_other_tenant"),
        CANNOT_WRITE("saved_plan_unwritable"),
        NOT_A_SAVED_PLAN("not_a_saved_plan");

        private final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    private final String file;
    private final Problem problem;

    private SavedPlanUnusable(String file, Problem problem, String whatHappened, Throwable cause) {
        super(whatHappened, cause);
        this.file = file;
        this.problem = problem;
    }

    public static SavedPlanUnusable unreadable(String file, String why, Throwable cause) {
        return new SavedPlanUnusable(
                file, Problem.CANNOT_READ, "cannot read the saved plan " + file + ": " + why, cause);
    }

    public static SavedPlanUnusable otherFormat(String file, String found, String readable) {
        return new SavedPlanUnusable(
                file,
                Problem.OTHER_FORMAT,
                file + " is a saved plan of format " + found + "; this cloudsync reads format " + readable,
                null);
    }

    /** The file holds a field a saved plan of this format does not have; nothing in it is trusted then. */
    public static SavedPlanUnusable unknownField(String file, String field) {
        return new SavedPlanUnusable(
                file,
                Problem.UNKNOWN_FIELD,
                file + " has a field a saved plan does not have: " + field
                        + " (saved plans are read strictly, so an edited one is refused)",
                null);
    }

    /** The plan names another tenant than the profile saved in it. */
    public static SavedPlanUnusable otherTenant(String file, String planTenant, String profileTenant) {
        return new SavedPlanUnusable(
                file,
                Problem.OTHER_TENANT,
                file + " is a plan for tenant " + planTenant + ", but the profile saved in it is for tenant "
                        + profileTenant,
                null);
    }

    public static SavedPlanUnusable modified(String file) {
        return new SavedPlanUnusable(
                file,
                Problem.MODIFIED,
                file + " was modified after it was saved (its profile digest does not match)",
                null);
    }

    /** The file holds a plan as {@code plan --json} (or drift) prints it, which names no basis to apply against. */
    public static SavedPlanUnusable notASavedPlan(String file) {
        return new SavedPlanUnusable(
                file,
                Problem.NOT_A_SAVED_PLAN,
                file
                        + " is the output of `cloudsync plan --json`, not a saved plan: it does not record what the plan was"
                        + " made from, so apply cannot check it is still current",
                null);
    }

    public static SavedPlanUnusable unwritable(String file, String why, Throwable cause) {
        return new SavedPlanUnusable(
                file, Problem.CANNOT_WRITE, "cannot write the plan to " + file + ": " + why, cause);
    }

    @Override
    public String failureCode() {
        return problem.code;
    }

    public String file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
