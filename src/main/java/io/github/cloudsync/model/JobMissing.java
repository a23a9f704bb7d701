package io.github.cloudsync.model;

/** The configuration has no job of the template asked for. */
public final class JobMissing extends CloudsyncException {
    private final String configuration;
    private final String templateId;
    private final String profileArgument;

    public JobMissing(String configuration, String templateId, String profileArgument) {
        super("the configuration \"" + configuration + "\" has no " + templateId + " job", null);
        this.configuration = configuration;
        this.templateId = templateId;
        this.profileArgument = profileArgument;
    }

    @Override
    public String failureCode() {
        return "job_missing";
    }

    public String configuration() {
        return configuration;
    }

    public String templateId() {
        return templateId;
    }

    public String profileArgument() {
        return profileArgument;
    }
}
