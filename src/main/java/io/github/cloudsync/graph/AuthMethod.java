package io.github.cloudsync.graph;

import io.github.cloudsync.model.UsageException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How cloudsync signs in to Graph ({@code --auth}; docs/authentication.md describes each). */
public enum AuthMethod {
    SECRET("secret"),
    CERTIFICATE("certificate"),
    WORKLOAD_IDENTITY("workload-identity"),
    MANAGED_IDENTITY("managed-identity"),
    AZURE_CLI("azure-cli"),
    NONE("none");

    private final String optionValue;

    AuthMethod(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The spelling on the command line. */
    public String optionValue() {
        return optionValue;
    }

    /** Every spelling, for help and error texts: {@code secret | certificate | ... | none}. */
    public static String choices() {
        return Arrays.stream(values()).map(AuthMethod::optionValue).collect(Collectors.joining(" | "));
    }

    /** Parses a {@code --auth} value. */
    public static AuthMethod parse(String value) {
        return Arrays.stream(values())
                .filter(m -> m.optionValue.equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new UsageException(
                        "unknown --auth '" + value + "'",
                        "use --auth " + choices().replace(" | ", ", ")));
    }
}
