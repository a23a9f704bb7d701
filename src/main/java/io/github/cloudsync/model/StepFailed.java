package io.github.cloudsync.model;

/** A step of an apply failed, and the apply stopped there; {@code cause} says why. */
public final class StepFailed extends CloudsyncException {
    private final String address;
    private final CloudsyncException cause;

    public StepFailed(String address, CloudsyncException cause) {
        super("step " + address + " failed: " + cause.getMessage(), cause);
        this.address = address;
        this.cause = cause;
    }

    @Override
    public String failureCode() {
        return "step_failed";
    }

    public String address() {
        return address;
    }

    public CloudsyncException cause() {
        return cause;
    }
}
