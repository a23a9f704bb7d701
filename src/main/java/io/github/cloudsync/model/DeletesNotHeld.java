package io.github.cloudsync.model;

import java.util.Optional;

/** allow-deletes was asked for a job that holds back no deletes: not quarantined, or quarantined for another reason. */
public final class DeletesNotHeld extends CloudsyncException {
    private final String templateId;
    private final String jobId;
    private final String status;
    private final Optional<String> quarantineReason;
    private final String profileArgument;

    public DeletesNotHeld(
            String templateId, String jobId, String status, Optional<String> quarantineReason, String profileArgument) {
        super(
                quarantineReason.isEmpty()
                        ? templateId + " job " + jobId + " is not quarantined (status " + status
                                + "): it holds back no deletes, so there is nothing to allow"
                        : templateId + " job " + jobId + " is quarantined for " + quarantineReason.get()
                                + ", not TooManyDeletes: no deletes are held, and ForceDeletes would let later ones"
                                + " through unreviewed",
                null);
        this.templateId = templateId;
        this.jobId = jobId;
        this.status = status;
        this.quarantineReason = quarantineReason;
        this.profileArgument = profileArgument;
    }

    @Override
    public String failureCode() {
        return "deletes_not_held";
    }

    public String templateId() {
        return templateId;
    }

    public String jobId() {
        return jobId;
    }

    public String status() {
        return status;
    }

    public Optional<String> quarantineReason() {
        return quarantineReason;
    }

    public String profileArgument() {
        return profileArgument;
    }
}
