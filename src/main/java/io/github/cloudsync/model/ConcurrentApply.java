package io.github.cloudsync.model;

/** Another apply created the same configuration at the same time; this one removed its own duplicate and stopped. */
public final class ConcurrentApply extends CloudsyncException {
    private final String otherId;
    private final String displayName;
    private final String ownDuplicateId;
    private final String ownAppId;

    public ConcurrentApply(String otherId, String displayName, String ownDuplicateId, String ownAppId) {
        super(
                "another apply created service principal " + otherId + " named '" + displayName
                        + "' at the same time; this run deleted its own duplicate " + ownDuplicateId + " and stopped",
                null);
        this.otherId = otherId;
        this.displayName = displayName;
        this.ownDuplicateId = ownDuplicateId;
        this.ownAppId = ownAppId;
    }

    @Override
    public String failureCode() {
        return "concurrent_apply";
    }

    public String otherId() {
        return otherId;
    }

    public String displayName() {
        return displayName;
    }

    public String ownDuplicateId() {
        return ownDuplicateId;
    }

    public String ownAppId() {
        return ownAppId;
    }
}
