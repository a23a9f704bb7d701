package io.github.cloudsync.model;

import java.util.Optional;

/** The tenant has no cloud sync configuration of the name asked for. */
public final class ConfigurationMissing extends CloudsyncException {
    private final String tenant;
    private final String displayName;
    private final Optional<String> profileArgument;

    public ConfigurationMissing(String tenant, String displayName, Optional<String> profileArgument) {
        super("tenant " + tenant + " has no cloud sync configuration named \"" + displayName + "\"", null);
        this.tenant = tenant;
        this.displayName = displayName;
        this.profileArgument = profileArgument;
    }

    @Override
    public String failureCode() {
        return "configuration_missing";
    }

    public String tenant() {
        return tenant;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> profileArgument() {
        return profileArgument;
    }
}
