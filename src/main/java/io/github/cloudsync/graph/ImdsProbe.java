package io.github.cloudsync.graph;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

/**
 * Whether the Azure instance metadata service is there: one GET of its token path without the {@code Metadata}
 * header, which IMDS answers at once with 400 (any answer counts), with a one-second limit, never through a proxy.
 * {@code AZURE_POD_IDENTITY_AUTHORITY_HOST} moves it, as it moves msal4j's IMDS requests.
 */
final class ImdsProbe {
    private static final String DEFAULT_HOST = "http://169.254.169.254";
    private static final int TIMEOUT_MILLIS = 1000;

    private ImdsProbe() {}

    static String host(Map<String, String> environment) {
        String host = environment.get(AuthEnvironment.IMDS_HOST);
        return AuthEnvironment.present(host) ? host.trim().replaceAll("/+$", "") : DEFAULT_HOST;
    }

    static boolean answers(Map<String, String> environment) {
        try {
            URI uri = URI.create(host(environment) + "/metadata/identity/oauth2/token?api-version=2018-02-01");
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            try {
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }
}
