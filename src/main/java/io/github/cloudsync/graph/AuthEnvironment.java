package io.github.cloudsync.graph;

import java.util.Locale;
import java.util.Map;

/**
 * The environment variable names cloudsync reads sign-in settings from: the Azure SDK's names, so existing pipelines
 * work unchanged, GitHub Actions' OIDC request pair, the managed identity endpoints and the proxy variables.
 */
public final class AuthEnvironment {
    public static final String TENANT_ID = "AZURE_TENANT_ID";
    public static final String CLIENT_ID = "AZURE_CLIENT_ID";
    public static final String CLIENT_SECRET = "AZURE_CLIENT_SECRET";
    public static final String CERTIFICATE_PATH = "AZURE_CLIENT_CERTIFICATE_PATH";
    public static final String CERTIFICATE_PASSWORD = "AZURE_CLIENT_CERTIFICATE_PASSWORD";
    public static final String FEDERATED_TOKEN_FILE = "AZURE_FEDERATED_TOKEN_FILE";
    public static final String AUTHORITY_HOST = "AZURE_AUTHORITY_HOST";
    public static final String ACTIONS_TOKEN_URL = "ACTIONS_ID_TOKEN_REQUEST_URL";
    public static final String ACTIONS_TOKEN = "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
    public static final String IDENTITY_ENDPOINT = "IDENTITY_ENDPOINT";
    public static final String IDENTITY_HEADER = "IDENTITY_HEADER";
    public static final String MSI_ENDPOINT = "MSI_ENDPOINT";
    public static final String IMDS_HOST = "AZURE_POD_IDENTITY_AUTHORITY_HOST";
    public static final String PATH = "PATH";
    public static final String HTTPS_PROXY = "HTTPS_PROXY";
    public static final String NO_PROXY = "NO_PROXY";

    private AuthEnvironment() {}

    /** The variable's value, upper-case name first, then the lower-case one (as curl and Go read proxy variables). */
    static String eitherCase(Map<String, String> environment, String name) {
        String upper = environment.get(name);
        return present(upper) ? upper.trim() : trimmed(environment.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether a variable is set to something other than blanks. */
    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String value) {
        return present(value) ? value.trim() : null;
    }
}
