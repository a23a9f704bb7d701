package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/** The Microsoft cloud a tenant lives in, by its profile name. */
public enum Cloud {
    GLOBAL("global"),
    USGOV("usgov"),
    USGOVDOD("usgovdod"),
    CHINA("china");

    private final String profileName;

    Cloud(String profileName) {
        this.profileName = profileName;
    }

    /** The spelling used in profiles and on the command line. */
    public String profileName() {
        return profileName;
    }

    public static Optional<Cloud> byProfileName(String name) {
        return Arrays.stream(values()).filter(c -> c.profileName.equals(name)).findFirst();
    }
}
