package io.github.cloudsync.graph;

import io.github.cloudsync.model.UsageException;
import java.util.Arrays;

/** How cloudsync signs in to Graph ({@code --auth}, DESIGN.md section 5). */
public enum AuthMethod {
    SECRET("secret"),
    CERTIFICATE("certificate"),
    MANAGED_IDENTITY("managed-identity"),
    NONE("none");

    private final String optionValue;

    AuthMethod(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The spelling on the command line. */
    public String optionValue() {
        return optionValue;
    }

    /** Parses a {@code --auth} value. */
    public static AuthMethod parse(String value) {
        return Arrays.stream(values())
                .filter(m -> m.optionValue.equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new UsageException(
                        "unknown --auth '" + value + "'", "use --auth secret, certificate, managed-identity or none"));
    }
}
