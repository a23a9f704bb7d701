package io.github.cloudsync.model;

/**
 * apply refused a plan that turns directory sync off for a whole tenant (docs/graph.md section 16.3): the flag that
 * allows it was not given, or, at a terminal, the tenant id was not typed back. Nothing was changed.
 */
public final class DirectorySyncOffRefused extends CloudsyncException {
    /** Why the change was refused. */
    public enum Why {
        /** {@code --allow-directory-sync-off} was not given. */
        NOT_ALLOWED,
        /** At a terminal, what was typed was not the tenant id. */
        NOT_CONFIRMED
    }

    private final String tenantId;
    private final Why why;

    public DirectorySyncOffRefused(String tenantId, Why why) {
        super(
                switch (why) {
                    case NOT_ALLOWED ->
                        "the plan turns directory synchronization off for the whole tenant " + tenantId
                                + "; apply refuses that without --allow-directory-sync-off. Nothing was changed.";
                    case NOT_CONFIRMED ->
                        "the tenant id " + tenantId + " was not typed back, so directory synchronization stays on."
                                + " Nothing was changed.";
                },
                null);
        this.tenantId = tenantId;
        this.why = why;
    }

    @Override
    public String failureCode() {
        return "directory_sync_off_refused";
    }

    public String tenantId() {
        return tenantId;
    }

    public Why why() {
        return why;
    }
}
