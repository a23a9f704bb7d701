package io.github.cloudsync.model;

/** After an apply the tenant still differs from the profile, or holds duplicates (another apply at the same time?). */
public final class NotConverged extends CloudsyncException {
    private final boolean duplicates;

    public NotConverged(boolean duplicates) {
        super(
                duplicates
                        ? "apply did not converge: the tenant holds duplicates (another apply at the same time?)"
                        : "apply did not converge: the tenant still differs from the profile",
                null);
        this.duplicates = duplicates;
    }

    @Override
    public String failureCode() {
        return "not_converged";
    }

    public boolean duplicates() {
        return duplicates;
    }
}
