package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN_URL;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/**
 * GitHub Actions' OIDC token for Entra's token exchange: {@code GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=...} with
 * {@code ACTIONS_ID_TOKEN_REQUEST_TOKEN} as the bearer, answered with {@code {"value": "<JWT>"}}. The audience is the
 * one Entra's federated credentials expect, {@code api://AzureADTokenExchange}.
 */
final class GitHubOidcToken {
    static final String AUDIENCE = "api://AzureADTokenExchange";
    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI request;
    private final String bearer;
    private final EnvironmentProxy proxy;

    GitHubOidcToken(URI url, String bearer, EnvironmentProxy proxy) {
        String separator = url.getRawQuery() == null ? "?" : "&";
        this.request = URI.create(url + separator + "audience=" + URLEncoder.encode(AUDIENCE, StandardCharsets.UTF_8));
        this.bearer = bearer;
        this.proxy = proxy;
    }

    /** The request URL, refused unless it is https (or http to this machine): the bearer must not travel in clear. */
    static URI checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(ACTIONS_TOKEN_URL + " is not a URL", "let GitHub Actions set it");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean local = "http".equalsIgnoreCase(uri.getScheme()) && GraphEndpoint.isLoopbackHost(uri.getHost());
        if (uri.getHost() == null || !(https || local)) {
            throw new UsageException(
                    ACTIONS_TOKEN_URL + " is not an https URL; its bearer token is not sent over plain http",
                    "let GitHub Actions set it");
        }
        return uri;
    }

    /** A fresh token (GitHub's last a few minutes, so none is kept). */
    String fetch() {
        try {
            HttpURLConnection connection = (HttpURLConnection) request.toURL().openConnection(proxy.proxyFor(request));
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setRequestProperty("Authorization", "Bearer " + bearer);
            connection.setRequestProperty("Accept", "application/json");
            try {
                int status = connection.getResponseCode();
                if (status != 200) {
                    throw failure("GitHub's OIDC token request answered " + status, status);
                }
                try (InputStream in = connection.getInputStream()) {
                    String value = GraphJson.MAPPER.readTree(in).path("value").asString("");
                    if (value.isBlank()) {
                        throw failure("GitHub's OIDC token answer has no value", status);
                    }
                    return value;
                }
            } finally {
                connection.disconnect();
            }
        } catch (IOException | JacksonException e) {
            throw failure("GitHub's OIDC token request failed (" + e.getClass().getSimpleName() + ")", 0);
        }
    }

    private static GraphException failure(String what, int status) {
        return new GraphException(
                GraphException.Kind.GITHUB_OIDC_FAILED,
                status,
                "SignInFailed",
                "sign-in failed: " + what,
                null,
                null,
                GraphException.Call.UNKNOWN,
                null);
    }

    @Override
    public String toString() {
        return "GitHubOidcToken[" + request.getHost() + ", bearer=(not shown)]";
    }
}
