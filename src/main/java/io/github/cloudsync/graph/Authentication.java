package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.AuthEnvironment.CERTIFICATE_PASSWORD;
import static io.github.cloudsync.graph.AuthEnvironment.CERTIFICATE_PATH;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_ID;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_SECRET;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IHttpClient;
import io.github.cloudsync.model.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns {@code --auth} and the Azure SDK environment variables into a {@link TokenProvider}. A missing credential is a
 * {@link UsageException} naming the variable to set; {@code none} is refused for anything but a loopback Graph.
 *
 * @param method how to sign in
 * @param environment the process environment (a map so tests choose it)
 * @param idpHttp msal4j's HTTP hook, or null for msal4j's own client; tests pass a fake identity provider
 */
public record Authentication(AuthMethod method, Map<String, String> environment, IHttpClient idpHttp) {
    public Authentication {
        Objects.requireNonNull(method, "method");
        environment = Map.copyOf(environment);
    }

    /**
     * The method used when {@code --auth} is not given: none for a loopback Graph (a real token is never sent to a
     * local server by accident), else certificate when {@code AZURE_CLIENT_CERTIFICATE_PATH} is set, else secret.
     */
    public static AuthMethod defaultMethod(GraphEndpoint endpoint, Map<String, String> environment) {
        if (endpoint.loopback()) {
            return AuthMethod.NONE;
        }
        return present(environment.get(CERTIFICATE_PATH)) ? AuthMethod.CERTIFICATE : AuthMethod.SECRET;
    }

    /** Builds the provider for one tenant and Graph endpoint; no network call happens until the first token. */
    public TokenProvider tokenProvider(GraphEndpoint endpoint, String tenantId) {
        return switch (method) {
            case NONE -> {
                if (!endpoint.loopback()) {
                    throw new UsageException(
                            "--auth none is only allowed for a loopback Graph URL, not " + endpoint.graphRoot(),
                            "use --auth secret, certificate or managed-identity for a real tenant");
                }
                yield TokenProvider.emulator();
            }
            case SECRET ->
                new ClientCredentialTokenProvider(
                        endpoint,
                        tenantId,
                        required(CLIENT_ID),
                        ClientCredentialFactory.createFromSecret(required(CLIENT_SECRET)),
                        idpHttp);
            case CERTIFICATE ->
                new ClientCredentialTokenProvider(
                        endpoint,
                        tenantId,
                        required(CLIENT_ID),
                        CertificateFile.load(
                                Path.of(required(CERTIFICATE_PATH)), environment.get(CERTIFICATE_PASSWORD)),
                        idpHttp);
            case MANAGED_IDENTITY ->
                new ManagedIdentityTokenProvider(
                        endpoint, present(environment.get(CLIENT_ID)) ? environment.get(CLIENT_ID) : null, idpHttp);
        };
    }

    /** The credential strings in the environment that must never appear in any output (redacted if they do). */
    public List<String> sensitiveValues() {
        return Stream.of(environment.get(CLIENT_SECRET), environment.get(CERTIFICATE_PASSWORD))
                .filter(Authentication::present)
                .toList();
    }

    private String required(String variable) {
        String value = environment.get(variable);
        if (!present(value)) {
            throw new UsageException(
                    "--auth " + method.optionValue() + " needs " + variable + ", which is not set",
                    "set " + variable + " in the environment (credentials never go in the profile)");
        }
        return value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "Authentication[method=" + method + ", environment=(not shown)]";
    }
}
