package io.github.cloudsync.graph;

/** The Azure SDK environment variable names cloudsync reads credentials from, so existing pipelines work unchanged. */
public final class AuthEnvironment {
    public static final String TENANT_ID = "AZURE_TENANT_ID";
    public static final String CLIENT_ID = "AZURE_CLIENT_ID";
    public static final String CLIENT_SECRET = "AZURE_CLIENT_SECRET";
    public static final String CERTIFICATE_PATH = "AZURE_CLIENT_CERTIFICATE_PATH";
    public static final String CERTIFICATE_PASSWORD = "AZURE_CLIENT_CERTIFICATE_PASSWORD";

    private AuthEnvironment() {}
}
