package io.github.cloudsync.model;

/** Graph answered for another tenant than the one the command is about. */
public final class WrongTenant extends CloudsyncException {
    private final String answered;
    private final String wanted;

    public WrongTenant(String answered, String wanted) {
        super("Graph answered for tenant " + answered + " but the profile is for tenant " + wanted, null);
        this.answered = answered;
        this.wanted = wanted;
    }

    @Override
    public String failureCode() {
        return "wrong_tenant";
    }

    public String answered() {
        return answered;
    }

    public String wanted() {
        return wanted;
    }
}
