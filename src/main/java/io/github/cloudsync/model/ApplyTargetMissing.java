package io.github.cloudsync.model;

/** What a step of an apply acts on no longer exists (it did when the plan was made). */
public final class ApplyTargetMissing extends CloudsyncException {
    private final String what;

    public ApplyTargetMissing(String what) {
        super(what + " does not exist", null);
        this.what = what;
    }

    @Override
    public String failureCode() {
        return "apply_target_missing";
    }

    public String what() {
        return what;
    }
}
