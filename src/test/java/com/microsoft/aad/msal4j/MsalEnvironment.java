package com.microsoft.aad.msal4j;

import java.util.Map;

/**
 * Test access to msal4j's managed identity environment: msal4j reads IDENTITY_ENDPOINT and the others through a static
 * hook of its own (package-private), not from the map cloudsync is given, and keeps one static token cache for every
 * managed identity application. Tests point both at their own values and put them back afterwards.
 */
public final class MsalEnvironment {
    private MsalEnvironment() {}

    /** msal4j sees exactly {@code variables} (nothing of the real process environment) and starts with no tokens. */
    public static AutoCloseable use(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        ManagedIdentityApplication.setEnvironmentVariables(copy::get);
        ManagedIdentityApplication.sharedTokenCache = new TokenCache(null);
        return () -> {
            ManagedIdentityApplication.setEnvironmentVariables(new EnvironmentVariables());
            ManagedIdentityApplication.sharedTokenCache = new TokenCache(null);
        };
    }
}
